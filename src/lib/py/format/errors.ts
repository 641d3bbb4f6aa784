/** The Python exception class a formatting failure maps to. */
export type FormatErrorKind = 'ValueError' | 'TypeError' | 'OverflowError';

/**
 * A formatting failure. `kind` names the Python exception the interpreter
 * should raise and `message` is CPython's exact message.
 */
export class FormatError extends Error {
  kind: FormatErrorKind;
  constructor(kind: FormatErrorKind, message: string) {
    super(message);
    this.name = 'FormatError';
    this.kind = kind;
  }
}
