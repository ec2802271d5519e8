import { testCheck } from '../helpers/check-tester.js';
import { debugMode } from '../../src/checks/debug-mode.js';

// A conditional expression is a branch like an `if`: `FastAPI(debug=True) if ENV != "production" else FastAPI()` is on only
// outside production, as `if ENV != "production":` is (isDevHeaderIn), unless the flag it tests is a constant of the file.
const FASTAPI = 'import os\nfrom fastapi import FastAPI\n';

testCheck(debugMode, {
  valid: [
    { name: 'asgi: the else arm of a production ternary', files: {
      'svc/main.py': `${FASTAPI}\nENV = os.getenv("ENV", "production")\napp = FastAPI() if ENV == "production" else FastAPI(debug=True)\n`,
      // The call spread over lines (review B S1).
      'api/main.py': `${FASTAPI}\nENV = os.getenv("ENV", "production")\napp = FastAPI(title="api") if ENV == "production" else FastAPI(\n    title="api (dev)",\n    debug=True,\n)\n`,
    } },
  ],
  notes: [
    { name: 'asgi: a ternary off only in production is a development-only branch', files: {
      'svc/main.py': `${FASTAPI}\nENV = os.getenv("ENV", "production")\napp = FastAPI(debug=True) if ENV != "production" else FastAPI()\n`,
      'api/main.py': `${FASTAPI}\nfrom api.settings import settings\napp = FastAPI(debug=True) if not settings.IS_PRODUCTION else FastAPI()\n`,
    }, notes: [{ file: 'api/main.py', line: 5, message: /development-only branch/ }, { file: 'svc/main.py', line: 5, message: /development-only branch/ }] },
  ],
  invalid: [
    { name: 'asgi: a ternary testing a production flag the file sets to a constant still fails', files: {
      'svc/main.py': `${FASTAPI}\nIS_PRODUCTION = False\napp = FastAPI(debug=True) if not IS_PRODUCTION else FastAPI()\n`,
    }, errors: [{ file: 'svc/main.py', line: 5 }] },
  ],
});
