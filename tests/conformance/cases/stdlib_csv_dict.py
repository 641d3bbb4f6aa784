# An async report job over csv: rows read with DictReader (header row, restkey/restval for ragged
# rows, blank lines skipped, line_num), processed by concurrent tasks, and written back with
# DictWriter (writeheader, restval, extrasaction 'raise' and 'ignore', writerows), all over StringIO.
import asyncio
import csv
import io

DATA = 'city,temp,wind\r\nOslo,3,12\r\n\r\nLima,19\r\nCairo,31,8,dusty,hot\r\n"New York, NY",12,"20"\r\n'


async def convert(row):
    await asyncio.sleep(0.1 * len(row['city']))
    temp = float(row['temp'])
    return {'city': row['city'], 'fahrenheit': temp * 9 / 5 + 32, 'wind': row['wind'],
            'extra': row.get('extra')}


async def main():
    reader = csv.DictReader(io.StringIO(DATA, newline=''), restkey='extra', restval='n/a')
    print(reader.line_num, reader.fieldnames, reader.line_num)
    rows = []
    for row in reader:
        print(reader.line_num, row)
        rows.append(row)
    results = await asyncio.gather(*(convert(r) for r in rows))
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=['city', 'fahrenheit', 'wind'], extrasaction='ignore')
    print('header', writer.writeheader())
    writer.writerows(results)
    print(repr(out.getvalue()))
    strict = csv.DictWriter(io.StringIO(), fieldnames=iter(['city', 'wind']), restval='?')
    print(strict.fieldnames)
    try:
        strict.writerow({'city': 'Rome', 'sky': 'clear'})
    except ValueError as e:
        print('ValueError:', e)
    print(strict.writerow({'city': 'Rome'}))
    try:
        csv.DictWriter(io.StringIO(), ['a'], extrasaction='skip')
    except ValueError as e:
        print('ValueError:', e)
    upper = csv.DictWriter(io.StringIO(), ['a'], extrasaction='IGNORE')
    print(upper.extrasaction)
    try:
        print(upper.writerow({'a': 1, 'b': 2}))
    except ValueError as e:
        print('ValueError:', e)
    named = csv.DictReader(['1;2;3', '4;5'], fieldnames=('x', 'y'), delimiter=';')
    print(list(named), named.line_num, named.dialect, named.reader.dialect.delimiter)
    empty = csv.DictReader([])
    print(empty.fieldnames, list(empty))
    print(csv.DictReader(io.StringIO('a,b\n1,2\n'), fieldnames=iter(['p', 'q'])).fieldnames)


asyncio.run(main())
