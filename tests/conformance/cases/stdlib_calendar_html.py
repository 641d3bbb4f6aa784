"""A booking page renders month tables with calendar.HTMLCalendar: one row per week, a cell per day
classed by its weekday (or 'noday'), a year as a table of months `width` to a row, a whole page as
bytes; a subclass changes the CSS classes. 3.14 checks the month number in formatmonthname."""
import asyncio
import calendar


class Booking(calendar.HTMLCalendar):
    cssclass_noday = "empty"
    cssclasses = ["wk"] * 5 + ["we"] * 2

    def formatday(self, day, weekday):
        cell = super().formatday(day, weekday)
        return cell.replace("<td", '<td data-free="1"') if day in (3, 17) else cell


async def render(year, month):
    await asyncio.sleep(0.01)
    return calendar.HTMLCalendar(calendar.SUNDAY).formatmonth(year, month)


async def main():
    for html in await asyncio.gather(render(2024, 2), render(2025, 3)):
        print(html, end="")
    print(Booking().formatmonth(2024, 3, withyear=False), end="")
    year = calendar.HTMLCalendar().formatyear(2023, width=4)
    print(len(year), year[:400])
    print(calendar.HTMLCalendar().formatyear(2023, 0)[-150:])
    page = calendar.HTMLCalendar().formatyearpage(2024, css=None, encoding="ascii")
    print(type(page).__name__, len(page), page[:260])
    print(calendar.HTMLCalendar().formatyearpage(2024)[:230])
    print(Booking().formatweek([(0, 0), (1, 1), (3, 5)]), Booking().formatweekheader())
    try:
        print(calendar.HTMLCalendar().formatmonthname(2024, 13))
    except (IndexError, calendar.IllegalMonthError) as e:
        print(type(e).__name__, e)


asyncio.run(main())
