/** hashlib's natives (the module itself is py/hashlib.py): a digest of bytes by algorithm name. */
import { PyBytes, pyError, type PyValue } from '../runtime/core';
import { defNative } from '../runtime/native';
import { PyByteArray } from '../runtime/types/bytearray';
import { DIGESTS } from './digests';

export function makeHashlibNative(): [string, PyValue][] {
  const algo = (name: PyValue) => {
    const a = typeof name === 'string' && Object.hasOwn(DIGESTS, name) ? DIGESTS[name] : undefined;
    if (a === undefined) throw pyError('ValueError', `unsupported hash type ${String(name)}`);
    return a;
  };
  return [
    [
      '_digest',
      defNative('_digest', '(name, data, /)', ([name, data]) => {
        const a = algo(name);
        if (!(data instanceof PyByteArray || data instanceof PyBytes))
          throw pyError('TypeError', 'a bytes-like object is required');
        return new PyBytes(a.fn(data instanceof PyByteArray ? Uint8Array.from(data.data) : data.data));
      }),
    ],
    ['_digest_size', defNative('_digest_size', '(name, /)', ([name]) => BigInt(algo(name).size))],
    [
      '_refuse',
      defNative('_refuse', '(what, /)', ([what]) => {
        throw pyError('NotSimulatedError', `${what as string} is not simulated in Loopline`);
      }),
    ],
    ['_block_size', defNative('_block_size', '(name, /)', ([name]) => BigInt(algo(name).block))],
  ];
}
