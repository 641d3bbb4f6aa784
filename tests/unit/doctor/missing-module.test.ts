import { describe, expect, it } from 'vitest';
import { missingModuleNote } from '../../../src/lib/doctor/missing-module';
import { simulate } from '../../../src/lib/run';

describe('the note beside a ModuleNotFoundError', () => {
  it('names the versions whose standard library has the module', () => {
    expect(missingModuleNote('annotationlib').en).toContain('standard library in 3.14, not in the version');
    expect(missingModuleNote('imp.util').en).toContain("'imp' is part of Python's standard library in 3.11,");
  });

  it('keeps the third-party and own-file notes for other names', () => {
    expect(missingModuleNote('httpx').en).toContain('third-party package');
    expect(missingModuleNote('my_helpers').en).toContain('If it is a file of your own');
  });

  it('is given for a module of another version, and not for one the run has', () => {
    const before = simulate('import annotationlib\n', { python: '3.13' });
    expect(before.missingModule).toBe('annotationlib');
    const after = simulate('import annotationlib\n', { python: '3.14' });
    expect(after.missingModule).toBeUndefined();
    // 3.11 still has imp: importing it is refused as not simulated, with no note.
    const old = simulate('import imp\n', { python: '3.11' });
    expect(old.missingModule).toBeUndefined();
    expect(old.trace.error).toContain('not simulated');
  });
});
