#!/usr/bin/env python3
"""Writes a synthetic spec COPIES times the size of a spec folder (e.g. Open Dental's): the API, its shared enums
and exclusions once, and every resource file COPIES times, each copy after the first renamed so that nothing
clashes: resource, entity, table, path, the resources it refers to, and the enums and models it defines itself
get the copy's suffix (Patients -> PatientsX2, /patients -> /patientsx2, patient -> patientx2). The copies refer
to each other as the originals do, so every copy is a whole Open Dental API of its own, side by side.

Usage: synthetic-spec.py SPEC_DIR OUT_DIR [COPIES]   (COPIES: 4)
"""
import os
import re
import shutil
import sys


def renamed(text, suffix, local_names):
    """One resource file, renamed for a copy."""
    lower = suffix.lower()
    out = []
    section = None
    for line in text.splitlines(keepends=True):
        top = re.match(r'^([a-zA-Z]+):', line)
        if top:
            section = top.group(1)
        line = re.sub(r'^(resource|entity): (\w+)', lambda m: f'{m.group(1)}: {m.group(2)}{suffix}', line)
        line = re.sub(r'^table: (\w+)', lambda m: f'table: {m.group(1)}{lower}', line)
        # paths: the first segment of every path (resource and action paths alike), and endpoints in exclusions
        line = re.sub(r'((?:path|endpoint): (?:[A-Z]+ )?/)(\w+)', lambda m: f'{m.group(1)}{m.group(2)}{lower}', line)
        line = re.sub(r'\b(ref|collect): (\w+)', lambda m: f'{m.group(1)}: {m.group(2)}{suffix}', line)
        for name in local_names:
            line = re.sub(r'\b(enum|model): ' + name + r'\b', f'\\1: {name}{suffix}', line)
            if section == 'models':
                line = re.sub(r'^(\s*- name: )' + name + r'\b', f'\\g<1>{name}{suffix}', line)
            if section == 'enums':
                line = re.sub(r'^(  )' + name + r':', f'\\g<1>{name}{suffix}:', line)
        out.append(line)
    return ''.join(out)


def local_names(text):
    """Names of the enums and models a resource file defines itself."""
    names = []
    section = None
    for line in text.splitlines():
        top = re.match(r'^([a-zA-Z]+):', line)
        if top:
            section = top.group(1)
        elif section == 'models':
            m = re.match(r'^\s*- name: (\w+)', line)
            if m:
                names.append(m.group(1))
        elif section == 'enums':
            m = re.match(r'^  (\w+):', line)
            if m:
                names.append(m.group(1))
    return names


def exclusions_renamed(text, suffix):
    body = text.split('exclusions:', 1)[1]
    body = re.sub(r'(- resource: )(\w+)', lambda m: f'{m.group(1)}{m.group(2)}{suffix}', body)
    body = re.sub(r'(endpoint: [A-Z]+ /)(\w+)', lambda m: f'{m.group(1)}{m.group(2)}{suffix.lower()}', body)
    return body


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    spec, out = sys.argv[1], sys.argv[2]
    copies = int(sys.argv[3]) if len(sys.argv) > 3 else 4
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(os.path.join(out, 'resources'))
    for name in ('api.yaml', 'enums.yaml'):
        shutil.copy(os.path.join(spec, name), os.path.join(out, name))
    exclusions = open(os.path.join(spec, 'exclusions.yaml'), encoding='utf-8').read()
    extra = ''.join(exclusions_renamed(exclusions, f'X{k}') for k in range(2, copies + 1))
    with open(os.path.join(out, 'exclusions.yaml'), 'w', encoding='utf-8') as f:
        f.write(exclusions.rstrip('\n') + '\n' + extra)
    files = sorted(os.listdir(os.path.join(spec, 'resources')))
    for file in files:
        text = open(os.path.join(spec, 'resources', file), encoding='utf-8').read()
        shutil.copy(os.path.join(spec, 'resources', file), os.path.join(out, 'resources', file))
        names = local_names(text)
        for k in range(2, copies + 1):
            base = file[:-len('.yaml')]
            with open(os.path.join(out, 'resources', f'{base}x{k}.yaml'), 'w', encoding='utf-8') as f:
                f.write(renamed(text, f'X{k}', names))
    print(f'{len(files) * copies} resource files in {out}')


if __name__ == '__main__':
    main()
