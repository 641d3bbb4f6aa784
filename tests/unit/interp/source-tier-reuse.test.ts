/**
 * The source tier keeps the JS it made for a body (compile/source-tier.ts): a program run again,
 * or changed only in its literals, reuses it, and each run still sees its own constants.
 */
import { describe, it, expect } from 'vitest';
import { simulate } from '../../../src/lib/run';
import { sourceFactoryCount } from '../../../src/lib/interp/compile/source-tier';

const program = (factor: number, arg: number, name: string) => `class Box:
    def __init__(self, v):
        self.v = v

def scale(n):
    total = 0
    for i in range(n):
        total += i * ${factor}
    return Box(total).v, "${name}"

print(scale(${arg}))
`;

const out = (src: string) =>
  simulate(src)
    .trace.stdout.map((l) => l.text)
    .join('');

describe('source tier reuse', () => {
  it('runs a program again without emitting its bodies again', () => {
    expect(out(program(3, 4, 'a'))).toBe("(18, 'a')\n");
    const made = sourceFactoryCount();
    expect(out(program(3, 4, 'a'))).toBe("(18, 'a')\n");
    expect(sourceFactoryCount()).toBe(made);
  });

  it("reuses a body whose literals changed, with the new run's values", () => {
    expect(out(program(3, 4, 'a'))).toBe("(18, 'a')\n");
    const made = sourceFactoryCount();
    expect(out(program(5, 3, 'bee'))).toBe("(15, 'bee')\n");
    expect(out(program(1.5, 2, 'c'))).toBe("(1.5, 'c')\n");
    expect(sourceFactoryCount()).toBe(made);
  });

  it('emits a body anew when its code changed', () => {
    out(program(3, 4, 'a'));
    const made = sourceFactoryCount();
    expect(out(program(3, 4, 'a').replace('total += i *', 'total -= i *'))).toBe("(-18, 'a')\n");
    expect(sourceFactoryCount()).toBe(made + 1);
  });
});
