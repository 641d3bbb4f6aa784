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
import { PyTuple, type PyValue } from '../../../src/lib/runtime/core';
import { noteStaticAttributes } from '../../../src/lib/interp/compile/static-attributes';
import type { ClassDef } from '../../../src/lib/ir/types';

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

  it("carries each class's __static_attributes__ found ahead of time, and the class gets those", () => {
    const source = [
      'class Outer:',
      '    def __init__(self):',
      '        self.b, self.a = 1, 2',
      '    class Inner:',
      '        def f(self):',
      '            self.z = 1',
      '',
    ].join('\n');
    const module = parse(source).module;
    noteStaticAttributes(module);
    const back = decodeModule(encodeModule(module));
    const outer = back.body[0] as ClassDef;
    const inner = outer.body.find((s) => s.type === 'ClassDef') as ClassDef;
    expect([outer.selfStores, inner.selfStores]).toEqual([['a', 'b'], ['z']]);
    // What the compiled class takes is the noted list, not a walk of its methods.
    outer.selfStores = ['planted'];
    preparsed.set(source, () => encodeModule(back));
    try {
      const globals = new Map<string, PyValue>([['__name__', 'probe']]);
      runLibrary('probe', source, globals);
      const cls = globals.get('Outer') as { dict: Map<string, PyValue> };
      expect((cls.dict.get('__static_attributes__') as PyTuple).items).toEqual(['planted']);
    } finally {
      preparsed.delete(source);
    }
  });
});
