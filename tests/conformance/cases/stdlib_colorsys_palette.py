# A colour palette generator: a base colour turned into complementary, triadic and analogous schemes
# through HSV and HLS, shades and tints, hex codes, and a grey scale through YIQ's luma; the module's
# constants, __all__, the types CPython returns unchanged (ints of a grey), keyword arguments and errors.
import colorsys


def to_hex(rgb):
    return "#" + "".join(f"{round(c * 255):02x}" for c in rgb)


def from_hex(code):
    code = code.lstrip("#")
    return tuple(int(code[i:i + 2], 16) / 255 for i in (0, 2, 4))


def rotate(rgb, turns):
    h, l, s = colorsys.rgb_to_hls(*rgb)
    return colorsys.hls_to_rgb((h + turns) % 1.0, l, s)


base = from_hex("#3a7bd5")
print("base", base, to_hex(base))
print("hsv", colorsys.rgb_to_hsv(*base))
print("hls", colorsys.rgb_to_hls(*base))
print("yiq", colorsys.rgb_to_yiq(*base))
schemes = {
    "complementary": [0.5],
    "triadic": [1 / 3, 2 / 3],
    "analogous": [-1 / 12, 1 / 12],
    "tetradic": [0.25, 0.5, 0.75],
}
for name, turns in schemes.items():
    colours = [rotate(base, t) for t in turns]
    print(name, [to_hex(c) for c in colours])
    print("  ", colours)

h, s, v = colorsys.rgb_to_hsv(*base)
for k in range(6):
    shade = colorsys.hsv_to_rgb(h, s, v * (1 - k / 6))
    tint = colorsys.hsv_to_rgb(h, s * (1 - k / 6), v)
    print(f"shade {k}", to_hex(shade), shade)
    print(f"tint  {k}", to_hex(tint), tint)

# A rainbow of 12 hues at a few lightnesses, both models.
for i in range(12):
    hue = i / 12
    print(f"{hue:.4f}", to_hex(colorsys.hsv_to_rgb(hue, 0.8, 0.9)), to_hex(colorsys.hls_to_rgb(hue, 0.35, 0.7)),
          to_hex(colorsys.hls_to_rgb(hue, 0.75, 0.4)), colorsys.hls_to_rgb(hue, 0.6, 1.0))

# Grey scale by perceived luma.
for code in ["#ff0000", "#00ff00", "#0000ff", "#ffff00", "#808080", "#123456"]:
    y, i, q = colorsys.rgb_to_yiq(*from_hex(code))
    print(code, "luma", y, "grey", to_hex(colorsys.yiq_to_rgb(y, 0.0, 0.0)), "i", i, "q", q)

# Out-of-range YIQ is clamped; a NaN passes the clamp.
print(colorsys.yiq_to_rgb(1.0, 0.6, 0.6), colorsys.yiq_to_rgb(0.0, -0.6, 0.6), colorsys.yiq_to_rgb(0.5, 0.0, 0.0))
print(colorsys.yiq_to_rgb(float("nan"), 0.1, 0.1))
print(colorsys.yiq_to_rgb(2, 0, 0), colorsys.yiq_to_rgb(-1, 0, 0))

# Types: what CPython hands back unchanged.
print(colorsys.rgb_to_hsv(1, 1, 1), colorsys.rgb_to_hls(0, 0, 0), colorsys.rgb_to_hls(1, 1, 1))
print(colorsys.rgb_to_hsv(1, 0, 0), colorsys.rgb_to_hls(1, 0, 0), colorsys.rgb_to_yiq(1, 0, 0))
print(colorsys.hsv_to_rgb(0.3, 0, 7), colorsys.hls_to_rgb(0.3, 5, 0), colorsys.hsv_to_rgb(0.3, 0.0, "v"))
print(colorsys.hsv_to_rgb(h=0.5, s=0.5, v=0.5), colorsys.rgb_to_hls(r=0.1, g=0.2, b=0.3))
print(colorsys.hsv_to_rgb(-0.1, 0.5, 1.0), colorsys.hsv_to_rgb(1.7, 0.5, 1.0), colorsys.hls_to_rgb(-2.25, 0.5, 0.5))
print(colorsys.rgb_to_hls(0.9, 0.8, 0.7), colorsys.rgb_to_hls(0.2, 0.9, 0.95), colorsys.rgb_to_hsv(0.2, 0.2, 0.9))
print(colorsys.ONE_THIRD, colorsys.ONE_SIXTH, colorsys.TWO_THIRD)
print(colorsys.__all__, colorsys.__name__, colorsys.rgb_to_hsv.__name__, colorsys.rgb_to_hsv.__module__)

for call in [
    lambda: colorsys.hsv_to_rgb(float("nan"), 0.5, 0.5),
    lambda: colorsys.hsv_to_rgb(float("inf"), 0.5, 0.5),
    lambda: colorsys.rgb_to_hsv("a", "b", "c"),
    lambda: colorsys.rgb_to_hsv(0.1, 0.2),
    lambda: colorsys.rgb_to_hsv(0.1, None, 0.3),
    lambda: colorsys.hls_to_rgb(0.1, "x", 0.5),
]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
