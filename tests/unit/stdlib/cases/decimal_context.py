# Contexts: precision, rounding, flags, traps, localcontext, and each task's own copy.
import asyncio
import decimal
from decimal import Decimal, localcontext, getcontext, setcontext, Context, Inexact, Rounded, DivisionByZero, InvalidOperation

ctx = getcontext()
print(ctx.prec, ctx.rounding, ctx.Emin, ctx.Emax, ctx.Etiny(), ctx.Etop(), ctx.capitals, ctx.clamp)
print(Decimal(2) / 3)
with localcontext() as c:
    c.prec = 5
    print(Decimal(2) / 3, c.flags[Inexact], c.flags[Rounded], c)
with localcontext(prec=3, rounding=decimal.ROUND_DOWN) as c:
    print(Decimal(2) / 3, Decimal('1.2345') + 0, +Decimal('9.9999'), c.rounding)
print(Decimal(2) / 3, getcontext() is ctx)

ctx.clear_flags()
print(Decimal(1) / 4, ctx.flags[Inexact], Decimal(1) / 3, ctx.flags[Inexact], ctx.flags[Rounded])
ctx.traps[DivisionByZero] = False
print(Decimal(1) / 0, Decimal(-1) / 0, ctx.flags[DivisionByZero])
ctx.traps[DivisionByZero] = True
ctx.traps[InvalidOperation] = False
print(Decimal(0) / 0, Decimal('abc'), Decimal(-4).sqrt(), Decimal('Infinity') - Decimal('Infinity'))
ctx.traps[InvalidOperation] = True
try:
    with localcontext() as c:
        c.traps[Inexact] = True
        Decimal(1) / 7
except Inexact as e:
    print('trapped', type(e).__name__, e, isinstance(e, ArithmeticError))
try:
    Decimal(5) / 0
except ZeroDivisionError as e:
    print('as ZeroDivisionError:', repr(e))
try:
    Decimal(0) / 0
except ZeroDivisionError:
    print('not reached: the signal raised is InvalidOperation, not its DivisionUndefined condition')
except InvalidOperation as e:
    print('0/0 raises', type(e).__name__, e)

mine = Context(prec=6, rounding=decimal.ROUND_HALF_UP)
setcontext(mine)
print(getcontext() is mine, Decimal(10) / 3, Decimal('2.5').quantize(Decimal(1)))
print(mine.divide(Decimal(1), 8), mine.add(1, 2), mine.multiply(Decimal('1.5'), 3), mine.power(2, 10), mine.sqrt(2))
print(mine.create_decimal('3.14159265'), Decimal('3.14159265'), mine.quantize(Decimal('2.5'), Decimal('1')))
setcontext(decimal.DefaultContext)
print(getcontext().prec, getcontext() is decimal.DefaultContext)
print(decimal.ExtendedContext.divide(Decimal(1), 0), decimal.BasicContext.prec)


async def worker(name, prec):
    getcontext().prec = prec
    await asyncio.sleep(0.01)
    print(name, getcontext().prec, Decimal(1) / 7)


async def local_worker(name):
    with localcontext() as c:
        c.prec = 4
        await asyncio.sleep(0.02)
        print(name, 'local', Decimal(1) / 7)
    print(name, 'after', getcontext().prec)


async def main():
    getcontext().prec = 10
    # each task runs in a copy of main's context: the same Context object until one sets another
    await asyncio.gather(worker('a', 3), worker('b', 12))
    print('main sees', getcontext().prec)
    setcontext(Context(prec=7))
    await asyncio.gather(local_worker('c'), asyncio.create_task(worker('d', 5)))
    print('main sees', getcontext().prec, Decimal(1) / 7)

asyncio.run(main())
print('outside', getcontext().prec)
