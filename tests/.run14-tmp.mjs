import { loadPyodide } from 'pyodide'; import fs from 'fs';
const py = await loadPyodide();
py.setStdout({batched: s => console.log(s)});
py.setStderr({batched: s => console.error(s)});
try { await py.runPythonAsync(fs.readFileSync(process.argv[2],'utf8')); } catch (e) { console.log(String(e.message).split('\n').slice(-12).join('\n')); }
