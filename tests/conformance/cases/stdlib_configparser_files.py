# configparser with files: read() of several names (a missing one skipped, a Path), read_file() of an
# open file (its name as the source), write() to a file, read back.
import configparser, pathlib
with open('app.ini', 'w') as f:
    f.write('[server]\nport = 8080\nhost = example.org\n')
cp = configparser.ConfigParser()
print(cp.read(['missing.ini', 'app.ini', pathlib.Path('app.ini')]))
print(cp.read('app.ini', encoding='utf-8'))
print(dict(cp['server']))
with open('app.ini') as f:
    cp2 = configparser.ConfigParser()
    cp2.read_file(f)
    print(cp2.sections())
with open('out.ini', 'w') as f:
    cp.write(f)
print(open('out.ini').read())
import os
os.remove('app.ini'); os.remove('out.ini')
