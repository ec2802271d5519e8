import { debugMode } from '../../src/checks/debug-mode.js';
import { testCheck } from '../helpers/check-tester.js';

const DEV = 'from .settings import *\nDEBUG = True\nCORS_ALLOW_ALL_ORIGINS = True\n';

testCheck(debugMode, {
  valid: [
    { name: 'stop 42: a flat role settings module that reads DEBUG from the environment', files: {
      'proj/settings.py': 'import os\nINSTALLED_APPS = []\nDEBUG = os.environ.get("DJANGO_DEBUG") == "1"\n',
      'proj/local_settings.py': 'import os\nDEBUG = os.environ.get("DJANGO_DEBUG") == "1"\n',
    } },
    // sweep1 R1: copy-me templates and other modules named with `settings` are no settings modules.
    { name: 'stop 42: settings templates and unrelated modules with DEBUG = True are not judged', files: {
      'proj/settings.py': 'INSTALLED_APPS = []\nDEBUG = False\n',
      'proj/settings_example.py': DEV,
      'proj/settings_local_example.py': DEV,
      'proj/sample_settings.py': DEV,
      'proj/settings_template.py': DEV,
      'proj/settings_devices.py': DEV,
    } },
    { name: 'stop 42: a module merely named like settings that sets no DEBUG', files: {
      'app/user_settings.py': 'from django.db import models\nclass UserSettings(models.Model):\n    theme = models.CharField(max_length=20)\n',
    } },
  ],
  invalid: [
    // devprod12 D5: cookie-flags and cors-wildcard judged these files while debug-mode did not read them at all.
    { name: 'stop 42: local_settings.py and settings_local.py are settings modules too', files: {
      'proj/settings.py': 'INSTALLED_APPS = []\nDEBUG = False\ntry:\n    from .local_settings import *\nexcept ImportError:\n    pass\n',
      'proj/local_settings.py': DEV,
      'proj/settings_local.py': DEV,
    }, errors: [
      { file: 'proj/local_settings.py', line: 2, severity: 'critical', message: /DEBUG = True in Django settings/ },
      { file: 'proj/settings_local.py', line: 2, severity: 'critical', message: /DEBUG = True in Django settings/ },
    ] },
  ],
});
