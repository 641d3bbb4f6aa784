# calendar as billing and scheduling code uses it: leap years, month lengths and first weekdays (monthrange, with its IllegalMonthError), weekday, the name tables, monthcalendar with a Sunday start, the Calendar iterators across month and year edges, TextCalendar's month and year text, setfirstweekday and timegm.
import calendar
from datetime import date

print(calendar.isleap(2024), calendar.isleap(1900), calendar.isleap(2000), calendar.leapdays(1900, 2025), calendar.leapdays(2024, 2024))
for y, m in [(2024, 2), (2023, 2), (2024, 12), (1999, 4)]:
    print(y, m, calendar.monthrange(y, m), calendar.weekday(y, m, 1), repr(calendar.weekday(y, m, 1)))
print(calendar.weekday(10000, 1, 1), calendar.weekday(-44, 3, 15))
print(list(calendar.month_name), calendar.month_abbr[1:4], list(calendar.day_name), calendar.day_abbr[-1], len(calendar.month_name))
print(calendar.MONDAY, calendar.SUNDAY, calendar.SUNDAY + 1, [d for d in range(7) if d >= calendar.SATURDAY])
try:
    calendar.monthrange(2024, 13)
except calendar.IllegalMonthError as e:
    print(type(e).__name__, isinstance(e, ValueError), e, e.month)
try:
    calendar.setfirstweekday(9)
except ValueError as e:
    print(type(e).__name__, e)
print(calendar.monthcalendar(2024, 2))
cal = calendar.Calendar(firstweekday=6)
print(cal.firstweekday, list(cal.iterweekdays()), cal.monthdayscalendar(2024, 3)[0], cal.monthdayscalendar(2024, 3)[-1])
print(list(cal.itermonthdates(2023, 12))[-5:], list(cal.itermonthdays2(2024, 1))[:8])
print(list(calendar.Calendar().itermonthdays3(2024, 1))[:3], list(calendar.Calendar(2).itermonthdays4(2025, 12))[-2:])
print([len(w) for w in calendar.Calendar().monthdatescalendar(2021, 2)], len(calendar.Calendar().yeardayscalendar(2024, 4)))
print(calendar.month(2024, 2))
print(calendar.TextCalendar(6).formatmonth(2025, 3, w=3, l=1))
print(calendar.calendar(2024, m=4))
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.weekheader(2), calendar.monthcalendar(2024, 6)[0])
calendar.prmonth(2024, 6)
calendar.setfirstweekday(0)
print(calendar.timegm((2024, 1, 1, 12, 30, 15)), calendar.timegm(date(2000, 3, 1).timetuple()))
due = date(2024, 1, 31)
for k in range(1, 4):
    y, m = divmod(due.month - 1 + k, 12)
    y, m = due.year + y, m + 1
    print(date(y, m, min(due.day, calendar.monthrange(y, m)[1])))
