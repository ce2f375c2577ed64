import type { Severity } from './types.js';

/** What a diagnostic code means, for docs, tests and tools. */
export interface CodeInfo {
  /** The severity it is reported with (references: `error` in strict mode, `warning` in lenient mode). */
  severity: Severity;
  /** One line saying what the code is about. */
  title: string;
}

/**
 * Every diagnostic code the loader reports, with its severity. Codes are stable: tools may
 * match on them. Each one is documented with an example in docs/diagnostics.md.
 */
export const DIAGNOSTIC_CODES = {
  // The file itself.
  FILE_UNREADABLE: { severity: 'error', title: 'A catalog file could not be read.' },
  FILE_TOO_LARGE: { severity: 'error', title: 'A file is larger than the size limit.' },
  FILE_OUT_OF_MEMORY: { severity: 'error', title: 'Parsing a file needs more memory than Node may use.' },
  FILE_BINARY: { severity: 'error', title: 'A file contains NUL bytes: it is binary, not text.' },
  FILE_ENCODING: { severity: 'error', title: 'A file is not valid UTF-8.' },
  FILE_EMPTY: { severity: 'warning', title: 'A file holds no data.' },
  FILE_NOT_MAPPING: { severity: 'error', title: 'The top level of a file is not a mapping.' },
  MULTIPLE_DOCUMENTS: { severity: 'error', title: 'A file holds more than one YAML document.' },
  // YAML.
  YAML_SYNTAX: { severity: 'error', title: 'The YAML cannot be parsed.' },
  JSON_SYNTAX: { severity: 'error', title: 'A .json file is neither valid JSON nor valid YAML.' },
  DUPLICATE_KEY: { severity: 'error', title: 'A mapping has the same key twice.' },
  YAML_TAG: { severity: 'error', title: 'A YAML tag other than the standard ones is used.' },
  YAML_ALIAS_LIMIT: { severity: 'error', title: 'Aliases expand to too much data (an alias bomb).' },
  NESTING_TOO_DEEP: { severity: 'error', title: 'Data is nested deeper than the limit.' },
  YAML_WARNING: { severity: 'warning', title: 'The YAML parser warns about something.' },
  // The schema.
  UNKNOWN_KEY: { severity: 'error', title: 'A key the format does not define.' },
  MISSING_FIELD: { severity: 'error', title: 'A required field is missing.' },
  WRONG_TYPE: { severity: 'error', title: 'A value has the wrong type.' },
  INVALID_VALUE: { severity: 'error', title: 'A value is not one of the allowed values.' },
  INVALID_FORMAT: { severity: 'error', title: 'A value does not have the required form (id, date, code…).' },
  EMPTY_VALUE: { severity: 'error', title: 'A text or list that must not be empty is empty.' },
  DUPLICATE_ITEM: { severity: 'error', title: 'A list that must hold distinct values repeats one.' },
  OUT_OF_RANGE: { severity: 'error', title: 'A number is out of range.' },
  AMENDMENT_TARGET: { severity: 'error', title: 'An amendment must name exactly one of `provision` and `scope`.' },
  SCHEMA_VIOLATION: { severity: 'error', title: 'A value breaks another rule of the schema.' },
  // Meaning.
  INVALID_DATE: { severity: 'error', title: 'A date that does not exist in the calendar.' },
  DUPLICATE_CATALOG: { severity: 'error', title: '`catalog:` is set in more than one file.' },
  DUPLICATE_ID: { severity: 'error', title: 'An id or code is defined twice.' },
  DUPLICATE_LEGAL_NUMBER: { severity: 'error', title: 'Two legal documents have the same number.' },
  UNKNOWN_REFERENCE: { severity: 'error', title: 'A reference does not resolve.' },
  WRONG_REFERENCE_KIND: { severity: 'error', title: 'A reference names an entity of the wrong kind.' },
  REFERENCES_UNCHECKED: { severity: 'warning', title: 'References were not checked, because a catalog file could not be read.' },
  NEEDS_ITSELF: { severity: 'warning', title: 'A procedure lists itself in `needs`.' },
  NEEDS_CYCLE: { severity: 'warning', title: 'Procedures need each other through `needs`.' },
  AMENDMENT_NO_EFFECT: { severity: 'error', title: 'An amendment neither accepts anything nor drops the requirement.' },
  AMENDMENT_ACCEPT_AND_DROP: { severity: 'warning', title: 'An amendment both drops the requirement and accepts alternatives.' },
  EXPIRES_BEFORE_EFFECTIVE: { severity: 'error', title: 'A legal document expires before it takes effect.' },
  ISSUED_AFTER_EFFECTIVE: { severity: 'warning', title: 'A legal document takes effect before it is issued.' },
  AMENDMENT_AFTER_EXPIRES: { severity: 'warning', title: 'An amendment takes effect after its legal document expires.' },
  PROVINCES_IGNORED: { severity: 'warning', title: '`provinces` is set on a procedure that runs only at central level.' },
  NO_PROVINCES: { severity: 'warning', title: 'Procedures run in provinces, but the catalog defines none.' },
  NO_PROVINCE_LEFT: { severity: 'warning', title: 'In lenient mode, procedures whose provinces are all undefined are evaluated nowhere.' },
  UNUSED_ENGLISH_NAME: { severity: 'warning', title: 'An English name is given to a ministry or field that no procedure names.' },
  MISSING_ENGLISH_NAME: { severity: 'warning', title: 'The English names of ministries or fields leave out some that procedures name.' },
} as const satisfies Record<string, CodeInfo>;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;

/** Codes whose severity depends on strict (error) or lenient (warning) mode. */
export const REFERENCE_CODES: readonly DiagnosticCode[] = ['UNKNOWN_REFERENCE', 'WRONG_REFERENCE_KIND'];
