type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function each(v: unknown, f: (item: Obj) => void): void {
  if (Array.isArray(v)) for (const item of v) if (isObj(item)) f(item);
}

/** `'nd-61-2015'` → `{ legal: 'nd-61-2015' }`; anything else is left as it is. */
export function provisionObject(ref: unknown): unknown {
  return typeof ref === 'string' ? { legal: ref } : ref;
}

/**
 * Rewrites every provision reference of one file's data into object form, in place:
 * requirement and procedure `basis`, document `sunset_basis`, amendment `provision`.
 */
export function normalizeProvisions(data: Obj): void {
  each(data.documents, (d) => {
    if (typeof d.sunset_basis === 'string') d.sunset_basis = provisionObject(d.sunset_basis);
  });
  each(data.legal, (l) =>
    each(l.amends, (a) => {
      if (typeof a.provision === 'string') a.provision = provisionObject(a.provision);
    }),
  );
  each(data.procedures, (p) => {
    if (Array.isArray(p.basis)) p.basis = p.basis.map(provisionObject);
    each(p.requires, (r) => {
      if (typeof r.basis === 'string') r.basis = provisionObject(r.basis);
    });
  });
}
