import sys
def varint(b, i):
    r = s = 0
    while True:
        c = b[i]; i += 1
        r |= (c & 0x7f) << s; s += 7
        if c < 0x80: return r, i
def fields(b, start, end):
    i = start
    while i < end:
        tag, i = varint(b, i)
        f, w = tag >> 3, tag & 7
        if w == 0: v, i = varint(b, i); yield f, w, v
        elif w == 1: yield f, w, b[i:i+8]; i += 8
        elif w == 5: yield f, w, b[i:i+4]; i += 4
        elif w == 2:
            n, i = varint(b, i); yield f, w, (i, i+n); i += n
        else: raise ValueError(w)
def tensor_elems(b, s, e):
    dims = []
    for f, w, v in fields(b, s, e):
        if f == 1:
            if w == 0: dims.append(v)
            else:
                j = v[0]
                while j < v[1]:
                    d, j = varint(b, j); dims.append(d)
    n = 1
    for d in dims: n *= d
    return n
for p in sys.argv[1:]:
    b = open(p, 'rb').read()
    total = 0; count = 0; consts = 0
    for f, w, v in fields(b, 0, len(b)):
        if f == 7:
            for g, gw, gv in fields(b, *v):
                if g == 5: total += tensor_elems(b, *gv); count += 1
                if g == 1:
                    op = None; ts = []
                    for nf, nw, nv in fields(b, *gv):
                        if nf == 4: op = b[nv[0]:nv[1]].decode()
                        if nf == 5:
                            for af, aw, av in fields(b, *nv):
                                if af == 5: ts.append(tensor_elems(b, *av))
                    if op == 'Constant': consts += sum(ts)
    print(p, 'initializers', count, 'elements', total, 'constant-node elements', consts)
