s = "abcdefghij"
print(s[2:5], s[::-1], s[::3], s[-3:], s[5:2], s[5:2:-1], s[::-2], s[100:], s[-100:3], s[1:-1:2], s[:0], s[::-1][1:3])
u = "héllo wörld"
print(u[1:4], u[::-2])
e = "a😀b😀c"
print(e[1:4], e[::-1], e[::2])
t = "x" * 40000
n = 0
for i in range(0, 40000, 10):
    n += len(t[i:i + 10])
print(n)
