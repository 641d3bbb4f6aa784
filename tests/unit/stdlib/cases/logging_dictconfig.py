import asyncio
import logging
import logging.config

old = logging.getLogger('legacy')
kept = logging.getLogger('app.db')

LOGGING = {
    'version': 1,
    'disable_existing_loggers': True,
    'formatters': {
        'plain': {'format': '%(levelname)s %(name)s: %(message)s'},
        'brace': {'format': '{asctime} {taskName} {message}', 'style': '{', 'datefmt': '%H:%M:%S'},
    },
    'filters': {'only_app': {'name': 'app'}},
    'handlers': {
        'console': {'class': 'logging.StreamHandler', 'stream': 'ext://sys.stdout', 'formatter': 'plain', 'level': 'INFO'},
        'tasks': {'class': 'logging.StreamHandler', 'stream': 'ext://sys.stdout', 'formatter': 'brace', 'filters': ['only_app']},
        'null': {'class': 'logging.NullHandler'},
    },
    'loggers': {
        'app': {'level': 'DEBUG', 'handlers': ['console', 'tasks'], 'propagate': False},
        'noisy': {'level': 'ERROR', 'handlers': ['null']},
    },
    'root': {'level': 'WARNING', 'handlers': ['console']},
}
logging.config.dictConfig(LOGGING)
print(old.disabled, kept.disabled, logging.getLogger('app').handlers[0].name, logging.getLogger('app').level)
old.warning('legacy is disabled')
kept.debug('db debug')
logging.getLogger('noisy').warning('dropped')
logging.getLogger('noisy').error('to null, then root')
logging.warning('root warning')


async def job():
    await asyncio.sleep(2.5)
    logging.getLogger('app.jobs').info('job done')


async def main():
    await asyncio.gather(asyncio.create_task(job(), name='job-1'))


asyncio.run(main())
for bad in [{}, {'version': 2}, {'version': 1, 'handlers': {'h': {'class': 'logging.StreamHandler', 'formatter': 'nope'}}}]:
    try:
        logging.config.dictConfig(bad)
    except ValueError as e:
        print('ValueError', e)
