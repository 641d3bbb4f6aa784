# readlines(hint) stops once the lines read pass hint characters (StringIO, text and binary files).
import io
for h in [0, 1, 2, 3, 5, -1]:
    s = io.StringIO('a\nb\nc\n'); print(h, s.readlines(h))
open('rl_demo.txt', 'w').write('ab\ncd\nef\n')
for h in [2, 3, 4]:
    with open('rl_demo.txt') as f: print(h, f.readlines(h))
    with open('rl_demo.txt', 'rb') as f: print(h, f.readlines(h))
import os; os.remove('rl_demo.txt')
