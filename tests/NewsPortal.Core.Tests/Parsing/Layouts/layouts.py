#!/usr/bin/env python3
"""The layouts of PageLayoutGenerator.cs, written to disk for `newsportal parse` + score.py.
usage: layouts.py OUTROOT page.txt..."""
import sys, os

def cut(line, width):
    if len(line.strip()) <= width + 4: return [line]
    out=[]
    for at in range(0, len(line), width):
        p=line[at:at+width].rstrip()
        if p.strip(): out.append(p)
    return out

def relay(text, indent='', blanks=None, width=None, trailing=False):
    out = []; run = 0; first = True
    def flush_blanks():
        nonlocal run
        if not first:
            n = run if blanks is None else blanks(run)
            out.extend([''] * n)
        else:
            out.extend([''] * run)
        run = 0
    for i, line in enumerate(text.split('\n')):
        content = line.rstrip()
        if not content.strip():
            run += 1; continue
        flush_blanks(); first = False
        chunks = cut(content, width) if width else [content]
        for j, c in enumerate(chunks):
            s = (indent if j == 0 else '') + c
            if trailing: s += ' ' * (1 + (len(out) % 3))
            out.append(s)
    out.extend([''] * run)
    return '\n'.join(out)

VARIANTS = {
    'canonical': lambda t: t.encode('utf-8'),
    'indent-ideographic': lambda t: relay(t, indent='\u3000\u3000').encode('utf-8'),
    'indent-spaces': lambda t: relay(t, indent='    ').encode('utf-8'),
    'indent-tab': lambda t: relay(t, indent='\t').encode('utf-8'),
    'blank-0': lambda t: relay(t, blanks=lambda n: 0).encode('utf-8'),
    'blank-2': lambda t: relay(t, blanks=lambda n: 2 * n).encode('utf-8'),
    'trailing': lambda t: relay(t, trailing=True).encode('utf-8'),
    'crlf': lambda t: t.replace('\n', '\r\n').encode('utf-8'),
    'gb18030': lambda t: t.encode('gb18030'),
    'utf-16': lambda t: b'\xff\xfe' + t.encode('utf-16-le'),
    'utf-16le-nobom': lambda t: t.encode('utf-16-le'),
    'utf-16be-nobom': lambda t: t.encode('utf-16-be'),
    'indent-blank-0': lambda t: relay(t, indent='\u3000\u3000', blanks=lambda n: 0).encode('utf-8'),
    'wrap-17-blank-0': lambda t: relay(t, width=17, blanks=lambda n: 0).encode('utf-8'),
    'wrap-23-indent-blank-0': lambda t: relay(t, width=23, indent='\u3000\u3000', blanks=lambda n: 0).encode('utf-8'),
}
for w in (15, 17, 23, 29, 40):
    VARIANTS[f'wrap-{w}'] = (lambda w: lambda t: relay(t, width=w).encode('utf-8'))(w)

root = sys.argv[1]
for name, make in VARIANTS.items():
    d = os.path.join(root, name); os.makedirs(d, exist_ok=True)
    for f in sys.argv[2:]:
        t = open(f, encoding='utf-8').read()
        open(os.path.join(d, os.path.basename(f)), 'wb').write(make(t))
