/**
 * The IR the CLI's build parses ahead of time decodes to exactly what the parser gives, and the library
 * runs from it.
 */
import { describe, it, expect } from 'vitest';
import { parse } from '../../../src/lib/parse';
import { decodeModule, encodeModule, preparsed } from '../../../src/lib/interp/preparsed';
import { runLibrary } from '../../../src/lib/interp/library';
import { asyncioSources } from '../../../src/lib/sim/py/index';
import { stdlibSources } from '../../../src/lib/stdlib/py/index';
import type { PyValue } from '../../../src/lib/runtime/core';

describe('pre-parsed library IR', () => {
  it.each(Object.entries({ ...asyncioSources, ...stdlibSources }))('round-trips %s.py', (_name, source) => {
    const module = parse(source).module;
    expect(decodeModule(encodeModule(module))).toStrictEqual(module);
  });

  it('keeps what JSON cannot hold: big ints, infinite floats, undefined fields', () => {
    const module = parse('x = 123456789012345678901234567890\ny = 1e999\nz = -1e999\n').module;
    const back = decodeModule(encodeModule(module));
    expect(back).toStrictEqual(module);
    expect(JSON.stringify(back.body.map((s) => (s.type === 'Assign' ? String(s.value.type) : '')))).toBe(
      '["Const","Const","UnaryOp"]',
    );
  });

  it('is what runLibrary compiles when registered for a source, instead of parsing it', () => {
    const source = 'answer = 1\n';
    // Registered IR of a different program proves which one ran: the source text is never parsed.
    preparsed.set(source, () => encodeModule(parse('answer = 42\n').module));
    try {
      const globals = new Map<string, PyValue>([['__name__', 'probe']]);
      runLibrary('probe', source, globals);
      expect(globals.get('answer')).toBe(42n);
    } finally {
      preparsed.delete(source);
    }
  });
});
