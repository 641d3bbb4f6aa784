# date/datetime/time.fromisoformat: a string that parses but whose fields are out of range is the
# constructor's error (not 'Invalid isoformat string'); ISO week dates in all their forms.
from datetime import date, datetime, time
for f, s in [(date, '2024-02-30'), (date, '2024-13-01'), (date, '2024-00-10'), (date, '20240230'), (date, '2024-W60-1'), (date,'2024-02-3'),
             (datetime, '2024-02-30T10:00'), (datetime, '2024-02-28T25:00'), (datetime, '2024-02-28T10:61'), (datetime, '2024-04-31'),
             (datetime, '2024-02-28T10:00:60'), (time, '25:00'), (time, '10:99'), (time, '10:00:00+25:00'), (datetime, '0000-01-01')]:
    try:
        print(f.__name__, s, f.fromisoformat(s))
    except ValueError as e:
        print(f.__name__, s, 'ValueError:', e)
for s in ['2024-W10-1','2024W101','2020-W53-7','2021-W53-1','2024-W10-8','2024-W00-1','2024-W10','2024-W10-0','2024W10']:
  try: print(s, date.fromisoformat(s))
  except ValueError as e: print(s,e)
  try: print(s, datetime.fromisoformat(s+'T10:00'))
  except ValueError as e: print(s,e)
