#!/usr/bin/env python3
"""The mesa and projector pages in a real browser (docs/web-api.md).

Makes an event, serves it on 127.0.0.1 and drives headless Chromium through
Selenium against the hub's own HTTPS (its self-signed certificate is
ignored, as a phone whose person accepted it once):

  a) a commitment typed on M1's page at 360x740, every field, lands in
     `commitments --mesa M1 --json` with every field equal;
  b) two browsers on one commitment: the stale save is not applied, both
     versions are shown, and each choice ("Usar la mía", "Usar la guardada")
     does what it says; a stale PUT made by hand is answered 409;
  c) the hub stopped (SIGTERM) while people type, then started again on the
     same port: a page left open sends what was typed on its own, a page
     closed while the hub was away shows it when opened again and sends it;
     nothing is lost, nothing is made twice;
  d) after `acta close` the page is read-only and says why, and a forced
     PUT is refused 423;
  e) no page, file or API response (the event streams' first events too)
     holds a document number, e-mail, phone or name of an attendee;
  f) a wrong token, or one mesa's token on another's commitment, opens
     nothing (404); a revoked token too, when the hub offers to revoke.

Exit 77 (skipped) when Chromium, chromedriver or Selenium is missing.
"""

import argparse
import csv
import json
import os
import shutil
import signal
import ssl
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
import uuid

SKIP = 77


def skip(why):
    print('SKIPPED: ' + why)
    sys.exit(SKIP)


try:
    from selenium import webdriver
    from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
except ImportError:
    # Debian's python3-selenium lives in the system's Python; another python3
    # first on PATH (a virtualenv, pyenv) may not see it.
    system = '/usr/bin/python3'
    if os.path.exists(system) and os.path.realpath(sys.executable) != os.path.realpath(system) \
            and not os.environ.get('TALLER_WEB_TEST_REEXEC'):
        os.environ['TALLER_WEB_TEST_REEXEC'] = '1'
        os.execv(system, [system] + sys.argv)
    skip('python3-selenium is not installed')

FIELDS = ['title', 'problem', 'description', 'actions', 'responsible',
          'participants', 'resources', 'deadline', 'indicator']
LABELS = {'title': 'Título', 'problem': 'Problema', 'description': 'Descripción',
          'actions': 'Cómo se hará', 'responsible': 'Responsable',
          'participants': 'Participantes', 'resources': 'Recursos',
          'deadline': 'Plazos', 'indicator': 'Indicador de medición'}

INSECURE = ssl.create_default_context()
INSECURE.check_hostname = False
INSECURE.verify_mode = ssl.CERT_NONE

failures = []
checks = 0


def check(condition, what):
    global checks
    checks += 1
    if condition:
        print('ok   ' + what)
    else:
        print('FAIL ' + what)
        failures.append(what)
    return condition


def wait_for(predicate, timeout=10.0, step=0.1):
    """The predicate's first true value within timeout, else its last."""
    end = time.monotonic() + timeout
    value = None
    while True:
        try:
            value = predicate()
        except (StaleElementReferenceException, WebDriverException, KeyError, IndexError, StopIteration):
            value = None
        if value or time.monotonic() > end:
            return value
        time.sleep(step)


# ---- Everything fetched is kept, to look for personal data in it ----------

responses = []  # (what, text)


def http(method, url, body=None, record=True):
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data=data, method=method,
                                     headers={'Content-Type': 'application/json'} if data else {})
    try:
        with urllib.request.urlopen(request, context=INSECURE, timeout=10) as r:
            status, headers, raw = r.status, r.headers, r.read()
    except urllib.error.HTTPError as e:
        status, headers, raw = e.code, e.headers, e.read()
    text = raw.decode('utf-8', errors='replace')
    if record:
        responses.append(('%s %s → %d' % (method, url, status), text))
    return status, headers, text


def first_event(url):
    """The first `event: state` of an event stream, its data parsed."""
    request = urllib.request.Request(url, headers={'Accept': 'text/event-stream'})
    with urllib.request.urlopen(request, context=INSECURE, timeout=10) as r:
        content_type = r.headers.get('Content-Type', '')
        lines, event, data = [], None, []
        while True:
            line = r.readline().decode('utf-8')
            if not line:
                break
            lines.append(line)
            line = line.rstrip('\r\n')
            if line.startswith('event:'):
                event = line[6:].strip()
            elif line.startswith('data:'):
                data.append(line[5:].lstrip(' ') if line[5:6] == ' ' else line[5:])
            elif line == '' and data:
                if event == 'state':
                    break
                event, data = None, []
    text = ''.join(lines)
    responses.append(('GET %s (first event)' % url, text))
    return content_type, json.loads('\n'.join(data)) if data else None


# ---- The program -----------------------------------------------------------

class Cli:
    def __init__(self, path, env):
        self.path, self.env = path, env

    def run(self, *args, check_ok=True):
        p = subprocess.run([self.path] + list(args), env=self.env, capture_output=True, text=True, timeout=120)
        if check_ok and p.returncode != 0:
            raise RuntimeError('%s %s: %d\n%s%s' % (self.path, ' '.join(args), p.returncode, p.stdout, p.stderr))
        return p

    def json(self, *args):
        return json.loads(self.run(*args, '--json').stdout)


class Hub:
    """`serve FILE --bind 127.0.0.1 --port N --json`, its first line read."""

    def __init__(self, cli, event_file, port=0):
        self.process = subprocess.Popen(
            [cli.path, 'serve', event_file, '--bind', '127.0.0.1', '--port', str(port), '--json'],
            env=cli.env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        self.errors = []
        threading.Thread(target=self._drain, args=(self.process.stderr, self.errors), daemon=True).start()
        line = []
        reader = threading.Thread(target=lambda: line.append(self.process.stdout.readline()), daemon=True)
        reader.start()
        reader.join(30)
        if not line or not line[0].strip():
            self.stop()
            raise RuntimeError('serve said nothing on its first line: ' + ''.join(self.errors))
        self.info = json.loads(line[0])
        threading.Thread(target=self._drain, args=(self.process.stdout, []), daemon=True).start()
        for key in ('web', 'mesas', 'projector'):
            if key not in self.info:
                self.stop()
                raise RuntimeError('serve --json has no "%s": %s' % (key, line[0]))

    @staticmethod
    def _drain(stream, into):
        for line in stream:
            into.append(line)

    def stop(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        return self.process.returncode


# ---- The browser -------------------------------------------------------------

def find_browser():
    browser = next((shutil.which(n) for n in ('chromium', 'chromium-browser') if shutil.which(n)), None)
    driver = shutil.which('chromedriver') or next(
        (p for p in ('/usr/bin/chromedriver', '/usr/lib/chromium/chromedriver') if os.path.exists(p)), None)
    if not browser:
        skip('chromium is not installed')
    if not driver:
        skip('chromedriver (chromium-driver) is not installed')
    return browser, driver


def browser(binary, driver_path, profile, width, height):
    options = webdriver.ChromeOptions()
    options.binary_location = binary
    for argument in ('--headless=new', '--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu',
                     '--ignore-certificate-errors', '--hide-scrollbars', '--no-first-run',
                     '--disable-extensions', '--disable-background-networking',
                     '--user-data-dir=' + profile, '--lang=es-PE',
                     '--window-size=%d,%d' % (width, height)):
        options.add_argument(argument)
    options.set_capability('goog:loggingPrefs', {'browser': 'ALL'})
    d = webdriver.Chrome(service=Service(driver_path), options=options)
    resize(d, width, height)
    return d


def resize(d, width, height):
    d.execute_cdp_cmd('Emulation.setDeviceMetricsOverride',
                      {'width': width, 'height': height, 'deviceScaleFactor': 1, 'mobile': width < 600})


def page_text(d, what):
    """The page as the browser holds it now: its DOM and the values typed."""
    values = d.execute_script(
        'return Array.from(document.querySelectorAll("input,textarea")).map(e => e.value).join("\\n")')
    responses.append((what + ' (DOM)', d.page_source + '\n' + values))


def cards(d):
    return d.find_elements(By.CSS_SELECTOR, '#commitments .commitment')


def card_with(d, field, value):
    for c in cards(d):
        if c.find_element(By.NAME, field).get_attribute('value') == value:
            return c
    return None


def state_of(card):
    return card.find_element(By.CSS_SELECTOR, '.save-state').text


def wait_saved(card, timeout=15):
    return wait_for(lambda: state_of(card) == 'Guardado', timeout)


def type_into(card, field, text):
    element = card.find_element(By.NAME, field)
    element.click()
    to_end(element)
    element.send_keys(text)
    return element


def to_end(element):
    element.parent.execute_script('arguments[0].setSelectionRange(arguments[0].value.length, arguments[0].value.length)',
                                  element)


def blur(d):
    d.execute_script('if (document.activeElement) document.activeElement.blur()')


def open_mesa(d, url, code='M1'):
    d.get(url)
    return wait_for(lambda: d.find_element(By.ID, 'mesa-code').text == code, 15)


def hub_commitments(cli, event_file, code):
    listed = cli.json('commitments', event_file, '--mesa', code)
    return [c for c in listed if c.get('mesa') == code]


def hub_commitment(cli, event_file, title_start):
    return next((c for c in hub_commitments(cli, event_file, 'M1') if c['title'].startswith(title_start)), None)


# ---- The tests -----------------------------------------------------------------

def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('--cli', required=True, help='taller-abierto-cli')
    parser.add_argument('--screenshots', help='a folder for the pages at 360x740, 1366x768 and 1920x1080')
    parser.add_argument('--keep', action='store_true', help='keep the temporary folder')
    args = parser.parse_args()
    binary, driver_path = find_browser()

    work = tempfile.mkdtemp(prefix='taller-web-')
    env = dict(os.environ, XDG_DATA_HOME=os.path.join(work, 'data'), XDG_CONFIG_HOME=os.path.join(work, 'config'),
               HOME=work, QT_QPA_PLATFORM='offscreen')
    cli = Cli(os.path.abspath(args.cli), env)
    event = os.path.join(work, 'taller.taller')
    hub = None
    drivers = []
    try:
        cli.run('new', event, '--sample-attendees', '30')
        cli.run('balance', event, '--everyone')
        needles = personal_data(cli, event, work)

        hub = Hub(cli, event)
        info = hub.info
        mesa_url = info['mesas']['M1']
        print('hub: %s, M1 at %s' % (info['web'], mesa_url))

        a = browser(binary, driver_path, os.path.join(work, 'profile-a'), 360, 740)
        drivers.append(a)
        check(open_mesa(a, mesa_url), 'M1\'s page opens and names its mesa')

        commitment = test_typed_commitment(a, cli, event)
        b = browser(binary, driver_path, os.path.join(work, 'profile-b'), 1366, 768)
        drivers.append(b)
        test_stale_save(a, b, cli, event, info, commitment)

        if args.screenshots:
            os.makedirs(args.screenshots, exist_ok=True)
            screenshots(a, b, binary, driver_path, work, info, args.screenshots, drivers)

        hub = test_network_cut(a, b, cli, event, hub, commitment)
        info = hub.info
        test_projector(binary, driver_path, work, info, drivers)
        test_closed_acta(a, cli, event, info, commitment)
        test_wrong_tokens(cli, event, hub, info, commitment)
        test_no_personal_data(needles, info)
        for d in drivers:
            severe = [entry['message'] for entry in d.get_log('browser')
                      if entry['level'] == 'SEVERE' and 'Failed to load resource' not in entry['message']]
            check(not severe, 'no script error in the browser' + (': ' + '; '.join(severe) if severe else ''))
    finally:
        for d in drivers:
            try:
                d.quit()
            except Exception:  # a browser already gone
                pass
        if hub:
            hub.stop()
            if failures and hub.errors:
                print('serve said:\n' + ''.join(hub.errors[-40:]))
        if args.keep:
            print('kept ' + work)
        else:
            shutil.rmtree(work, ignore_errors=True)
    print('%d checks, %d failed' % (checks, len(failures)))
    return 1 if failures else 0


def personal_data(cli, event, work):
    """Every document, e-mail, phone and name of the event's attendees."""
    listing = os.path.join(work, 'attendees.csv')
    cli.run('export', 'attendees', event, listing)
    needles = set()
    with open(listing, encoding='utf-8-sig', newline='') as f:
        for row in csv.DictReader(f, delimiter=';'):
            given, surnames = row.get('given_names', '').strip(), row.get('surnames', '').strip()
            for value in (row.get('document'), row.get('email'), row.get('phone'), surnames,
                          given + ' ' + surnames, surnames + ', ' + given):
                if value and len(value.strip()) >= 5:
                    needles.add(value.strip())
    for a in cli.json('attendees', event):
        needles.add(a['document'])
        needles.add(a['given_names'] + ' ' + a['surnames'])
    check(len(needles) >= 90, 'the event has attendees with documents, e-mails, phones and names (%d to look for)'
          % len(needles))
    return needles


def test_typed_commitment(a, cli, event):
    """(a) every field typed at 360x740 lands in `commitments --json`."""
    before = len(cards(a))
    a.find_element(By.ID, 'new-commitment').click()
    card = wait_for(lambda: cards(a)[before] if len(cards(a)) > before else None)
    check(card is not None, '"Nuevo compromiso" adds a commitment to the page')
    check(a.switch_to.active_element == card.find_element(By.NAME, 'title'), 'the new commitment\'s title has the focus')
    typed = {
        'title': 'Portal de compras públicas en línea — Región «Arequipa»',
        'problem': 'Las compras menores no se publican;\nnadie sabe a quién se compró ni a qué precio.',
        'description': 'Publicar cada compra menor con su proveedor, monto y fecha.',
        'actions': '1. Inventario de compras\n2. Formato abierto (CSV)\n3. Publicación mensual',
        'responsible': 'Oficina de Abastecimiento',
        'participants': 'Colectivo Ciudadano Vigilante; Cámara de Comercio',
        'resources': 'Presupuesto institucional: S/ 12 000',
        'deadline': 'Marzo 2027 – diciembre 2027',
        'indicator': '100 % de compras menores publicadas cada mes',
    }
    for field in FIELDS:
        element = card.find_element(By.NAME, field)
        label = a.find_elements(By.CSS_SELECTOR, 'label[for="%s"]' % element.get_attribute('id'))
        check(len(label) == 1 and label[0].text == LABELS[field] and label[0].is_displayed(),
              'the control named %s has its visible label «%s»' % (field, LABELS[field]))
        type_into(card, field, typed[field])
        if field == 'title':
            check(wait_for(lambda: state_of(card) in ('Guardando…', 'Guardado'), 3), 'typing shows "Guardando…"')
    blur(a)
    check(wait_saved(card), 'the commitment says "Guardado" once the hub has it')
    check(wait_for(lambda: card.find_element(By.CSS_SELECTOR, '.measurable').text == 'Medible', 5),
          'with every field it is flagged "Medible"')
    width = a.execute_script('return document.documentElement.scrollWidth')
    check(width <= 360, 'nothing is wider than the 360 px phone (%d px)' % width)
    saved = hub_commitment(cli, event, 'Portal de compras')
    check(saved is not None, 'the commitment is in `commitments --mesa M1 --json`')
    if saved:
        for field in FIELDS:
            check(saved[field] == typed[field], 'its %s is the one typed' % field)
    page_text(a, 'M1 after typing')
    return {'typed': typed, 'id': saved['id'] if saved else None}


def test_stale_save(a, b, cli, event, info, commitment):
    """(b) a save made from an older version is not applied; both are shown."""
    title = commitment['typed']['title']
    check(open_mesa(b, info['mesas']['M1']), 'a second browser opens M1\'s page')
    for field, mine_wins in (('title', True), ('deadline', False)):
        card_a, card_b = card_with(a, 'title', a_title(a, title)), card_with(b, 'title', a_title(b, title))
        start = card_b.find_element(By.NAME, field).get_attribute('value')
        card_b.find_element(By.NAME, field).click()  # B is in the field
        to_end(card_b.find_element(By.NAME, field))
        type_into(card_a, field, ' (versión A)')
        blur(a)
        check(wait_saved(card_a), 'A\'s %s is saved' % field)
        check(wait_for(lambda: card_b.find_element(By.CSS_SELECTOR, '.field-%s .field-note' % field).is_displayed(), 5),
              'B, in the field, is told another person changed %s (the field is not taken from under its cursor)' % field)
        check(card_b.find_element(By.NAME, field).get_attribute('value') == start, 'B\'s %s still shows what B sees' % field)
        card_b.find_element(By.NAME, field).send_keys(' (versión B)')
        conflict = wait_for(lambda: card_b.find_element(By.CSS_SELECTOR, '.conflict').is_displayed(), 10)
        check(conflict, 'B\'s stale save of %s shows the conflict' % field)
        check('Conflicto' in state_of(card_b), 'B\'s commitment says it is in conflict')
        saved = hub_commitment(cli, event, 'Portal de compras')
        check(saved[field] == start + ' (versión A)', 'B\'s stale %s was not applied at the hub (%r)' % (field, saved[field]))
        versions = [e.text for e in card_b.find_elements(By.CSS_SELECTOR, '.conflict .version-text')]
        check(start + ' (versión B)' in versions and start + ' (versión A)' in versions,
              'B sees both versions of %s side by side (%r)' % (field, versions))
        labels = card_b.find_element(By.CSS_SELECTOR, '.conflict').get_attribute('textContent')
        check('Su versión' in labels and 'La guardada' in labels, 'the two versions are named')
        page_text(b, 'M1 with a conflict')
        if mine_wins:
            card_b.find_element(By.CSS_SELECTOR, '.use-mine').click()
            check(wait_saved(card_b), '"Usar la mía" saves B\'s version')
            check(wait_for(lambda: hub_commitment(cli, event, 'Portal de compras')[field] == start + ' (versión B)', 5),
                  'the hub holds B\'s %s' % field)
            check(wait_for(lambda: card_a.find_element(By.NAME, field).get_attribute('value') == start + ' (versión B)', 5),
                  'A\'s page shows B\'s %s within seconds' % field)
        else:
            card_b.find_element(By.CSS_SELECTOR, '.use-theirs').click()
            check(wait_saved(card_b), '"Usar la guardada" leaves the commitment saved')
            check(card_b.find_element(By.NAME, field).get_attribute('value') == start + ' (versión A)',
                  'B\'s page shows the saved %s' % field)
            check(hub_commitment(cli, event, 'Portal de compras')[field] == start + ' (versión A)',
                  'the hub still holds A\'s %s' % field)
        blur(b)
    # The API itself: a PUT from an older revision is refused, named, with the current one.
    status, _, current = http('GET', api_of(info['mesas']['M1']))
    current = next(c for c in json.loads(current)['commitments'] if c['id'] == commitment['id'])
    status, _, body = http('PUT', '%s/commitments/%d' % (api_of(info['mesas']['M1']), commitment['id']),
                           {'baseRevision': current['revision'] - 1, 'resources': 'Guardado desde una versión vieja'})
    reply = json.loads(body or '{}')
    check(status == 409 and reply.get('error') == 'stale' and reply.get('current', {}).get('revision') == current['revision'],
          'a PUT from an older revision is answered 409 stale with the current version')
    check(hub_commitment(cli, event, 'Portal de compras')['resources'] == commitment['typed']['resources'],
          'and nothing of it was saved')


def a_title(d, title):
    """The title of the commitment on this page that starts with title."""
    for c in cards(d):
        value = c.find_element(By.NAME, 'title').get_attribute('value')
        if value.startswith(title):
            return value
    return title


def api_of(page_url):
    scheme_host, _, path = page_url.partition('://')[2].partition('/')
    origin = page_url.split('://')[0] + '://' + scheme_host
    kind, token = path.split('/')[:2]
    return '%s/api/%s/%s' % (origin, kind, token)


def test_network_cut(a, b, cli, event, hub, commitment):
    """(c) the hub stopped while people type, started again: nothing lost."""
    mesa_url = hub.info['mesas']['M1']
    title = a_title(a, commitment['typed']['title'])
    card_a = card_with(a, 'title', title)
    description = commitment['typed']['description']
    type_into(card_a, 'description', ' Antes del corte.')
    blur(a)
    check(wait_saved(card_a), 'A\'s text before the cut is saved')

    # The hub serves the pages on the port after the desks' one: started again
    # with the port before the pages' one, its pages are where they were.
    web_port = int(hub.info['web'].rstrip('/').rsplit(':', 1)[1])
    check(hub.stop() is not None, 'serve stops on SIGTERM')
    # A keeps typing, in a field it was in and in another, and adds a commitment.
    type_into(card_a, 'description', ' Escrito sin red.')
    type_into(card_a, 'resources', ' y aporte del gremio')
    check(wait_for(lambda: state_of(card_a) == 'Sin conexión: se guardará al volver', 10),
          'A\'s commitment says "Sin conexión: se guardará al volver"')
    check('Sin conexión' in a.find_element(By.ID, 'connection').text, 'A\'s page says it has no connection')
    before = len(cards(a))
    a.find_element(By.ID, 'new-commitment').click()
    new_card = wait_for(lambda: cards(a)[before] if len(cards(a)) > before else None)
    type_into(new_card, 'title', 'Compromiso escrito sin red')
    type_into(new_card, 'responsible', 'Gerencia de Planeamiento')
    blur(a)
    check(wait_for(lambda: state_of(new_card) == 'Sin conexión: se guardará al volver', 10),
          'the commitment added without the hub waits to be sent')
    # B, whose page stays open, types too.
    card_b = card_with(b, 'title', title)
    type_into(card_b, 'participants', ' y la Defensoría del Pueblo')
    blur(b)
    check(wait_for(lambda: state_of(card_b) == 'Sin conexión: se guardará al volver', 10), 'B\'s change waits too')
    stored = a.execute_script('return Object.keys(localStorage).filter(k => k.startsWith("taller-abierto.mesa."))'
                              '.map(k => localStorage.getItem(k)).join("")')
    check('Escrito sin red.' in stored and 'Compromiso escrito sin red' in stored,
          'what A typed without the hub is kept in the browser')
    # A's page is closed while the hub is away.
    a.get('about:blank')

    time.sleep(1)
    hub = Hub(cli, event, web_port - 1)
    check(hub.info['mesas']['M1'] == mesa_url, 'the hub started again on the same port keeps M1\'s link (%s)'
          % hub.info['mesas']['M1'])
    mesa_url = hub.info['mesas']['M1']
    check(wait_saved(card_b, 30), 'B\'s page, left open, sends its change when the hub is back')

    check(open_mesa(a, mesa_url), 'A opens M1\'s page again')
    card_a = wait_for(lambda: card_with(a, 'title', title), 10)
    check(card_a is not None and card_a.find_element(By.NAME, 'description').get_attribute('value')
          == description + ' Antes del corte. Escrito sin red.', 'A\'s page shows what was typed without the hub')
    new_card = wait_for(lambda: card_with(a, 'title', 'Compromiso escrito sin red'), 10)
    check(new_card is not None, 'and the commitment added without the hub')
    if card_a:
        check(wait_saved(card_a, 30), 'A\'s commitment is saved once the hub is back')
    if new_card:
        check(wait_saved(new_card, 30), 'the new one too')

    saved = hub_commitment(cli, event, 'Portal de compras')
    check(saved['description'] == description + ' Antes del corte. Escrito sin red.',
          'the hub has the description typed before and during the cut')
    check(saved['resources'] == commitment['typed']['resources'] + ' y aporte del gremio',
          'the hub has the resources typed during the cut')
    check(saved['participants'] == commitment['typed']['participants'] + ' y la Defensoría del Pueblo',
          'the hub has what the other browser typed during the cut')
    made = [c for c in hub_commitments(cli, event, 'M1') if c['title'] == 'Compromiso escrito sin red']
    check(len(made) == 1 and made[0]['responsible'] == 'Gerencia de Planeamiento',
          'the commitment added during the cut is at the hub once, with its fields')
    page_text(a, 'M1 after the cut')
    return hub


def test_projector(binary, driver_path, work, info, drivers):
    p = browser(binary, driver_path, os.path.join(work, 'profile-p'), 1920, 1080)
    drivers.append(p)
    p.get(info['projector'])
    title = wait_for(lambda: p.find_element(By.ID, 'event-title').text not in ('', 'Taller Abierto'), 10)
    check(title, 'the projector page shows the event\'s title')
    check(wait_for(lambda: p.find_element(By.ID, 'now-title').text not in ('', '—'), 10),
          'the projector page shows what is happening now')
    overflow = p.execute_script('return [document.documentElement.scrollWidth, document.documentElement.scrollHeight]')
    check(overflow[0] <= 1920 and overflow[1] <= 1080, 'the projector page fits 1920x1080 (%dx%d)' % tuple(overflow))
    page_text(p, 'projector')


def test_closed_acta(a, cli, event, info, commitment):
    """(d) after `acta close` the page is read-only; a forced save is refused 423."""
    for c in hub_commitments(cli, event, 'M1'):
        if c['origin'] != 'input':
            cli.run('decide', event, str(c['id']), 'approved', '--note', 'Aprobado por consenso de la plenaria')
    card = wait_for(lambda: card_with(a, 'title', a_title(a, commitment['typed']['title'])))
    check(wait_for(lambda: 'Aprobado' in card.find_element(By.CSS_SELECTOR, '.decision').text, 5),
          'the plenary\'s decision shows on the mesa\'s page')
    check(wait_for(lambda: 'Aprobado por consenso' in card.find_element(By.CSS_SELECTOR, '.decision').text, 5),
          'with its note')
    cli.run('signatory', 'add', event, '--name', 'Firmante Gobierno Prueba', '--document', '99000001',
            '--position', 'Gobernador Regional', '--organisation', 'Gobierno Regional', '--side', 'government')
    cli.run('signatory', 'add', event, '--name', 'Firmante Sociedad Prueba', '--document', '99000002',
            '--position', 'Presidenta', '--organisation', 'Colectivo Ciudadano', '--side', 'civil-society')
    cli.run('acta', 'close', event)
    banner = wait_for(lambda: a.find_element(By.ID, 'readonly').is_displayed() and a.find_element(By.ID, 'readonly').text, 5)
    check(bool(banner), 'within seconds the page says it is read-only and why: %s' % banner)
    controls = a.find_elements(By.CSS_SELECTOR, '#commitments input, #commitments textarea')
    check(controls and not any(e.is_enabled() for e in controls), 'every field is disabled (%d)' % len(controls))
    check(not a.find_element(By.ID, 'new-commitment').is_displayed(), '"Nuevo compromiso" is gone')
    api = api_of(info['mesas']['M1'])
    _, _, body = http('GET', api)
    state = json.loads(body)
    check(state['readOnly'] is True and state['readOnlyReason'], 'the API says readOnly, with its reason')
    current = next(c for c in state['commitments'] if c['id'] == commitment['id'])
    status, _, body = http('PUT', '%s/commitments/%d' % (api, commitment['id']),
                           {'baseRevision': current['revision'], 'title': 'Cambiado con el acta cerrada'})
    check(status == 423 and json.loads(body or '{}').get('error') == 'closed', 'a forced save is refused 423 closed')
    count = len(hub_commitments(cli, event, 'M1'))
    status, _, _ = http('POST', api + '/commitments', {'clientKey': str(uuid.uuid4()), 'title': 'Nuevo tras el cierre'})
    check(400 <= status < 500, 'a forced new commitment is refused (%d)' % status)
    check(len(hub_commitments(cli, event, 'M1')) == count and
          hub_commitment(cli, event, 'Portal de compras')['title'] != 'Cambiado con el acta cerrada',
          'and nothing of either was saved')
    page_text(a, 'M1 read-only')


def test_wrong_tokens(cli, event, hub, info, commitment):
    """(f) a wrong or revoked token opens nothing."""
    web = info['web'].rstrip('/')
    wrong = uuid.uuid4().hex
    m1_api, m2_api = api_of(info['mesas']['M1']), api_of(info['mesas']['M2'])
    projector_token = info['projector'].rstrip('/').split('/')[-1]
    m1_token = info['mesas']['M1'].rstrip('/').split('/')[-1]
    for method, url, body in (
            ('GET', web + '/mesa/' + wrong, None),
            ('GET', web + '/api/mesa/' + wrong, None),
            ('GET', web + '/api/mesa/' + wrong + '/events', None),
            ('PUT', '%s/api/mesa/%s/commitments/%d' % (web, wrong, commitment['id']), {'baseRevision': 1, 'title': 'x'}),
            ('POST', web + '/api/mesa/' + wrong + '/commitments', {'clientKey': str(uuid.uuid4())}),
            ('GET', web + '/projector/' + wrong, None),
            ('GET', web + '/api/projector/' + wrong, None),
            ('GET', web + '/mesa/' + projector_token, None),
            ('GET', web + '/projector/' + m1_token, None),
            ('GET', web + '/api/projector/' + m1_token, None),
            ('PUT', '%s/commitments/%d' % (m2_api, commitment['id']), {'baseRevision': 1, 'title': 'x'}),
            ('GET', web + '/static/../mesa.html', None),
            ('GET', web + '/static/nothing.js', None)):
        status, _, _ = http(method, url, body)
        check(status == 404, '%s %s opens nothing (%d)' % (method, url.replace(web, ''), status))
    # Revoking a mesa's link, when the hub offers it.
    usage = cli.run('web', 'revoke', '--help', check_ok=False)
    if usage.returncode == 0:
        revoked = cli.run('web', 'revoke', event, 'M2', check_ok=False)
        check(revoked.returncode == 0, '`web revoke FILE M2` revokes M2\'s link' + revoked.stderr)
        status = wait_for(lambda: http('GET', m2_api)[0] == 404, 5)
        check(status, 'M2\'s revoked token opens nothing (404)')
        check(http('GET', info['mesas']['M2'])[0] == 404, 'M2\'s revoked page opens nothing (404)')
        check(http('GET', m1_api)[0] == 200, 'M1\'s link still opens M1')
    else:
        print('note: the hub offers no way to revoke a mesa\'s link here (`web revoke`); only wrong tokens were tried')


def test_no_personal_data(needles, info):
    """(e) nothing personal in any page, file or response."""
    for url in (info['mesas']['M1'], info['mesas']['M3'], info['projector'],
                info['web'].rstrip('/') + '/static/mesa.js', info['web'].rstrip('/') + '/static/projector.js',
                info['web'].rstrip('/') + '/static/style.css'):
        status, headers, _ = http('GET', url)
        check(status == 200 and 'no-store' in (headers.get('Cache-Control') or ''), 'GET %s: 200, no-store' % url)
    for page in (info['mesas']['M1'], info['mesas']['M3'], info['projector']):
        status, headers, _ = http('GET', api_of(page))
        check(status == 200 and headers.get('Content-Type', '').startswith('application/json'),
              'GET %s: 200 JSON' % api_of(page))
        content_type, state = first_event(api_of(page) + '/events')
        check(content_type.startswith('text/event-stream') and state is not None,
              'the event stream of %s starts with its state' % api_of(page))
    found = []
    for what, text in responses:
        for needle in needles:
            if needle in text or needle.lower() in text.lower():
                found.append('%s holds «%s»' % (what, needle))
    check(not found, 'no document, e-mail, phone or attendee name in %d responses and pages%s'
          % (len(responses), (': ' + '; '.join(found[:10])) if found else ''))


def screenshots(a, b, binary, driver_path, work, info, folder, drivers):
    a.execute_script('window.scrollTo(0, 0)')
    a.save_screenshot(os.path.join(folder, 'mesa-360x740.png'))
    b.execute_script('window.scrollTo(0, 0)')
    b.save_screenshot(os.path.join(folder, 'mesa-1366x768.png'))
    p = browser(binary, driver_path, os.path.join(work, 'profile-shot'), 1920, 1080)
    drivers.append(p)
    p.get(info['projector'])
    time.sleep(1.5)
    p.save_screenshot(os.path.join(folder, 'projector-1920x1080.png'))
    print('screenshots in ' + folder)


if __name__ == '__main__':
    sys.exit(main())
