# median_grouped: the median of data grouped in classes of a given width.
import statistics as st
cases = [([1, 2, 2, 3, 4, 4, 4, 4, 4, 5], 1), ([52, 52, 53, 54], 1), ([1, 3, 3, 5, 7], 1), ([1, 3, 3, 5, 7], 2), ([5], 1), ([2.5, 3.5, 3.5], 1), ([1, 2, 3, 4], 1.5), ([1, 1, 1, 1], 1), ([3, 1, 2], 10)]
for data, interval in cases:
    r = st.median_grouped(data, interval)
    print(repr(r), type(r).__name__)
print(repr(st.median_grouped([1, 2, 3])))
for bad in (lambda: st.median_grouped([]), lambda: st.median_grouped(['a', 'b']), lambda: st.median_grouped([1, 2], 'x'), lambda: st.median_grouped([1, 2], None)):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
