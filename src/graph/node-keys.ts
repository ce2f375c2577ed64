/** Stable graph keys: `procedure:1.001193`, `requirement:1.001193#0`, `document:so-ho-khau`… */
export const procedureKey = (code: string): string => `procedure:${code}`;
export const requirementKey = (code: string, index: number): string => `requirement:${code}#${index}`;
export const documentKey = (id: string): string => `document:${id}`;
export const dataSourceKey = (id: string): string => `data_source:${id}`;
export const legalKey = (id: string): string => `legal:${id}`;
