#!/usr/bin/env python3
"""The house's walls, checked on every test run.

core/ is sliced by what the product does over a shared base; each slice may
include only the slices below it. ui/ reaches the core through services/ and
holds no SQL. Prints every arrow that breaks a rule and exits 1 if any does.
"""
import os
import re
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))

# Lowest first: a slice may include itself and any slice before it.
CORE_LAYERS = ['base', 'tabular', 'printing', 'event', 'meetings', 'registration', 'mesas', 'programme', 'plenary', 'acta', 'process',
               'participants', 'templates', 'sharing', 'vocabulary']
INCLUDE = re.compile(r'^\s*#\s*include\s*[<"]([^">]+)[">]', re.M)

problems = []


def sources(top):
    for folder, _, files in os.walk(os.path.join(ROOT, top)):
        for name in files:
            if name.endswith(('.h', '.cpp')):
                path = os.path.join(folder, name)
                with open(path, encoding='utf-8') as f:
                    yield os.path.relpath(path, ROOT), f.read()


for path, text in sources('core'):
    slice_ = path.split(os.sep)[1]
    if slice_ not in CORE_LAYERS:
        problems.append(f'{path}: core/{slice_}/ is not a known slice (add it to the layers in {__file__})')
        continue
    rank = CORE_LAYERS.index(slice_)
    for included in INCLUDE.findall(text):
        if re.match(r'(Qt(Widgets|PrintSupport)/|Q(Widget|Dialog|MainWindow|Application)\b)', included):
            problems.append(f'{path}: includes {included}; core knows no widgets')
        head = included.split('/')[0]
        if head in CORE_LAYERS and CORE_LAYERS.index(head) > rank:
            problems.append(f'{path}: includes {included}, an arrow upward from {slice_}/ to {head}/')
        if head == 'services':
            problems.append(f'{path}: includes {included}; core knows no services')

for path, text in sources('services'):
    for included in INCLUDE.findall(text):
        if re.match(r'Q(Widget|Dialog|MainWindow|Application)\b|QtWidgets/', included):
            problems.append(f'{path}: includes {included}; services know no widgets')

for path, text in sources('ui'):
    for included in INCLUDE.findall(text):
        base = os.path.basename(included)
        if base.endswith('Repository.h') or base in ('SqlStatement.h', 'Migrations.h') or base.startswith('QSql'):
            problems.append(f'{path}: includes {included}; the window calls services, never storage')
    if re.search(r'\bQSql(Query|Database)\b|"(SELECT|INSERT|UPDATE|DELETE) ', text):
        problems.append(f'{path}: holds SQL; it belongs in core/')
    if 'Repository' in text:
        problems.append(f'{path}: names a Repository; the window calls services')

for problem in problems:
    print(problem)
print(f'{len(problems)} problems' if problems else 'layers ok')
sys.exit(1 if problems else 0)
