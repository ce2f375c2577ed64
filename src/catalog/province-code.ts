/**
 * The province code that `given` names among `codes`: as written, else written in another
 * case or with spaces around (`gl`, ` GL `); undefined when it names none.
 */
export function matchProvinceCode(codes: readonly string[], given: string): string | undefined {
  if (codes.includes(given)) return given;
  const wanted = given.trim().toUpperCase();
  return codes.find((code) => code.toUpperCase() === wanted);
}
