# An order service: price lookups run as tasks, each order is totalled with Decimal money
# arithmetic, a currency task works in its own decimal context, and a bad price is reported.
import asyncio
from decimal import Decimal, ROUND_HALF_UP, ROUND_HALF_EVEN, InvalidOperation, getcontext, setcontext, localcontext, Context

CENT = Decimal('0.01')
PRICES = {'widget': '19.99', 'gadget': '4.455', 'gizmo': '0.335', 'doohickey': 'n/a'}
TAX = {'CA': Decimal('0.0725'), 'NY': Decimal('0.08875'), 'OR': Decimal('0')}


async def price_of(item):
    await asyncio.sleep(0.01 * len(item))
    return Decimal(PRICES[item])


async def total(order_id, state, lines):
    prices = await asyncio.gather(*(price_of(item) for item, _ in lines))
    subtotal = sum((p * q for p, (_, q) in zip(prices, lines)), Decimal(0))
    tax = (subtotal * TAX[state]).quantize(CENT, rounding=ROUND_HALF_UP)
    amount = (subtotal + tax).quantize(CENT, rounding=ROUND_HALF_UP)
    print(f'order {order_id}: subtotal {subtotal} tax {tax} total {amount:,.2f} ({state})')
    return amount


async def in_euros(amount, rate):
    # this task's own context: nothing leaks to the others
    setcontext(Context(prec=6, rounding=ROUND_HALF_EVEN))
    await asyncio.sleep(0.05)
    euros = amount * rate
    print(f'converted {amount} at {rate}: {euros} EUR, prec {getcontext().prec}')
    return euros


async def main():
    getcontext().prec = 12
    orders = [
        (1, 'CA', [('widget', 3), ('gadget', 2)]),
        (2, 'NY', [('gizmo', 7), ('widget', 1)]),
        (3, 'OR', [('gadget', 10)]),
        (4, 'CA', [('doohickey', 1)]),
    ]
    results = await asyncio.gather(*(total(*o) for o in orders), return_exceptions=True)
    good = [r for r in results if isinstance(r, Decimal)]
    for r in results:
        if isinstance(r, InvalidOperation):
            print('bad price:', type(r).__name__, r)
    revenue = sum(good, Decimal(0))
    print('revenue', revenue, 'average', (revenue / len(good)).quantize(CENT), 'prec', getcontext().prec)
    euros = await asyncio.create_task(in_euros(revenue, Decimal('0.9134')))
    print('back in main: prec', getcontext().prec, 'euros', euros, 'third', revenue / 3)
    with localcontext(prec=4) as ctx:
        await asyncio.sleep(0.01)
        print('rough share', revenue / 7, ctx.prec)
    print('exact share', revenue / 7)

asyncio.run(main())
