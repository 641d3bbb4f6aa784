/**
 * What Loopline says beside CPython's `ModuleNotFoundError: No module named 'x'` when the program
 * stopped at it: the exception stays CPython's (a program's `except ImportError` sees the same),
 * but a learner should not take it for a package to install or a typo. Loopline runs one file with
 * Python's standard library, plus aiohttp and requests on its simulated network; a well-known
 * package outside those is named as such, any other name is taken for a file of the user's own.
 */
import type { Said } from './types';
import { stdlibModuleNames } from '../ir/stdlib-module-names';
import { PYTHON_VERSIONS, minorOf } from '../ir/python-version';

/** Packages from PyPI that asyncio programs and tutorials import (top-level import names). */
const THIRD_PARTY = new Set(
  `aiofiles aiohttp_retry aiokafka aiomysql aiopg aioredis aiosqlite anyio async_timeout asyncpg
  attr attrs beautifulsoup4 bs4 celery click dotenv django fastapi flask grpc h11 httpcore httpx
  jinja2 lxml matplotlib motor nest_asyncio numpy openai pandas pika playwright psycopg psycopg2
  pydantic pytest redis rich scipy selenium sqlalchemy starlette tenacity tqdm trio twisted typer
  ujson uvicorn uvloop websockets yaml zmq`.split(/\s+/),
);

/** The note for a run that stopped at an import of `name` (a module Loopline has no file for). */
export function missingModuleNote(name: string): Said {
  const top = name.split('.')[0];
  // Standard library in another version (the run's own would have found it): annotationlib, imp.
  const versions = PYTHON_VERSIONS.filter((v) => stdlibModuleNames(minorOf(v)).has(top));
  if (versions.length > 0) {
    const which = versions.join(', ');
    const pick = versions[versions.length - 1];
    return {
      en: `'${top}' is part of Python's standard library in ${which}, not in the version this program ran as: choose Python ${pick} in the 'Python version' menu (--python ${pick} on the command line) to run it.`,
      ko: `'${top}'은(는) 파이썬 ${which}의 표준 라이브러리에 있고, 이 프로그램을 실행한 버전에는 없습니다. 'Python 버전' 메뉴에서 Python ${pick}을(를) 고르면 (명령줄에서는 --python ${pick}) 실행됩니다.`,
    };
  }
  if (THIRD_PARTY.has(top))
    return {
      en: `'${top}' is a third-party package, which Loopline does not simulate: it runs one file with Python's standard library, and of the packages outside it only aiohttp and requests (on a simulated network). Rewrite those calls with aiohttp or asyncio, or let asyncio.sleep stand in for what they wait on.`,
      ko: `'${top}'은(는) 서드파티 패키지라서 Loopline이 흉내 내지 않습니다. Loopline은 파일 하나를 파이썬 표준 라이브러리로 실행하며, 그 밖의 패키지로는 aiohttp와 requests만 (흉내 낸 네트워크 위에서) 지원합니다. 그 호출을 aiohttp나 asyncio로 바꾸거나, 기다리는 부분을 asyncio.sleep으로 대신하세요.`,
    };
  return {
    en: `there is no module '${top}' here: Loopline runs one file, with Python's standard library (and aiohttp and requests on a simulated network). If it is a file of your own, paste what the program uses from it into this file.`,
    ko: `여기에는 '${top}' 모듈이 없습니다. Loopline은 파일 하나를 파이썬 표준 라이브러리(그리고 흉내 낸 네트워크 위의 aiohttp와 requests)로 실행합니다. 직접 만든 파일이라면, 프로그램이 쓰는 부분을 이 파일에 붙여 넣으세요.`,
  };
}
