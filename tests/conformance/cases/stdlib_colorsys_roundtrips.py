# colorsys over many colours: seeded random RGB triples (floats, 8-bit fractions, greys, one channel
# equal to another) through all six conversions and back, every digit printed, with round-trip error
# statistics; random HSV/HLS/YIQ triples the other way, hues outside [0, 1) included.
import colorsys
import random

rng = random.Random(20261206)


def triple():
    kind = rng.randrange(5)
    if kind == 0:
        return tuple(rng.random() for _ in range(3))
    if kind == 1:
        return tuple(rng.randrange(256) / 255 for _ in range(3))
    if kind == 2:
        g = rng.random()
        return (g, g, g)
    if kind == 3:
        a, b = rng.random(), rng.random()
        return rng.choice([(a, a, b), (a, b, a), (b, a, a)])
    return tuple(rng.choice([0.0, 1.0, 0.5, rng.random()]) for _ in range(3))


worst = {"hsv": 0.0, "hls": 0.0, "yiq": 0.0}
for n in range(400):
    rgb = triple()
    hsv = colorsys.rgb_to_hsv(*rgb)
    hls = colorsys.rgb_to_hls(*rgb)
    yiq = colorsys.rgb_to_yiq(*rgb)
    back = {
        "hsv": colorsys.hsv_to_rgb(*hsv),
        "hls": colorsys.hls_to_rgb(*hls),
        "yiq": colorsys.yiq_to_rgb(*yiq),
    }
    for k, b in back.items():
        worst[k] = max(worst[k], max(abs(x - y) for x, y in zip(rgb, b)))
    print(n, rgb, hsv, hls, yiq, back["hsv"], back["hls"], back["yiq"])
print("worst", worst)

for n in range(300):
    h = rng.uniform(-1.5, 2.5)
    a, b = rng.random(), rng.random()
    if n % 7 == 0:
        a = 0.0
    print("h", n, h, colorsys.hsv_to_rgb(h, a, b), colorsys.hls_to_rgb(h, b, a),
          colorsys.yiq_to_rgb(b, rng.uniform(-0.6, 0.6), rng.uniform(-0.53, 0.53)))
