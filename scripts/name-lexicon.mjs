// Writes resources/names/name-lexicon.tsv, the given names and surnames the
// name splitter (core/tabular/NameSplitter) knows, from the locale data of
// the npm package @faker-js/faker (MIT). Run through scripts/name-lexicon.sh,
// which fetches the package with `npm pack`; this file only reads it.
//
//   node scripts/name-lexicon.mjs PACKAGE_DIR > resources/names/name-lexicon.tsv

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = process.argv[2];
if (!dir) {
    console.error('usage: node scripts/name-lexicon.mjs PACKAGE_DIR');
    process.exit(2);
}
const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
const faker = await import(pathToFileURL(join(dir, 'dist', 'index.js')).href);

// Lower case, accents gone: how the splitter looks words up.
const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
const particles = new Set(['de', 'del', 'la', 'las', 'los', 'y', 'e', 'da', 'das', 'do', 'dos', 'di', 'van', 'von']);

// Each list a word is found in is one piece of evidence: a word in the given
// names of three locales and the surnames of none is surely a given name.
const given = new Map();
const surname = new Map();
function count(map, locale, part) {
    const person = faker[locale]?.person;
    if (!person || !person[part])
        throw new Error(`@faker-js/faker ${pkg.version} has no ${locale}.person.${part}`);
    const words = new Set();
    for (const name of Object.values(person[part]).flat()) {
        for (const word of name.split(/[\s-]+/)) {
            const w = fold(word).replace(/[^a-z']/g, '');
            if (w.length > 1 && !particles.has(w))
                words.add(w);
        }
    }
    for (const w of words)
        map.set(w, (map.get(w) ?? 0) + 1);
}
// Spanish and Portuguese; English given names too, which Peruvians carry
// often (Percy, Gladys, Edwin, Walter), but not English surnames.
for (const locale of ['es', 'es_MX', 'pt_BR', 'pt_PT', 'en'])
    count(given, locale, 'first_name');
for (const locale of ['es', 'es_MX', 'pt_BR', 'pt_PT'])
    count(surname, locale, 'last_name');

const words = [...new Set([...given.keys(), ...surname.keys()])].sort();
const out = [];
out.push('# Given names and surnames of the Spanish- and Portuguese-speaking world, for splitting');
out.push('# a full name into given names and surnames (core/tabular/NameSplitter).');
out.push(`# Source: the locale data (es, es_MX, pt_BR, pt_PT; en for given names only) of the npm`);
out.push(`# package @faker-js/faker ${pkg.version}, licence ${pkg.license}, ${pkg.homepage ?? 'https://fakerjs.dev'}.`);
out.push('# Made by scripts/name-lexicon.sh; do not edit by hand.');
out.push('# Columns: the word (lower case, without accents), in how many given-name lists it is,');
out.push('# in how many surname lists it is.');
for (const w of words)
    out.push(`${w}\t${given.get(w) ?? 0}\t${surname.get(w) ?? 0}`);
process.stdout.write(out.join('\n') + '\n');
