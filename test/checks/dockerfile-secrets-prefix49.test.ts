import { dockerfileSecretsInEnv } from '../../src/checks/dockerfile-secrets-in-env.js';
import { testCheck } from '../helpers/check-tester.js';

// Stop 49: one "public" name rule for the check. A client-public prefix (VITE_, REACT_APP_, NEXT_PUBLIC_…) makes a key a
// browser's (the bundle publishes it anyway), but a name that says its value is confidential stays a secret's under it.
testCheck(dockerfileSecretsInEnv, {
  valid: [
    { name: 'client-public build variables copied from build arguments are the bundle\'s, not the image\'s secrets', files: { Dockerfile: 'FROM node:22-alpine AS build\nARG VITE_API_KEY\nARG REACT_APP_MAPS_KEY\nARG NEXT_PUBLIC_STRIPE_KEY\nENV VITE_API_KEY=$VITE_API_KEY REACT_APP_MAPS_KEY=$REACT_APP_MAPS_KEY NEXT_PUBLIC_STRIPE_KEY=$NEXT_PUBLIC_STRIPE_KEY\nUSER node\nCMD ["node", "server.js"]\n' } },
  ],
  invalid: [
    {
      name: 'a secret, password or private key under a client-public prefix is still copied into the image',
      files: { Dockerfile: 'FROM node:22-alpine\nARG VITE_STRIPE_SECRET_KEY\nENV VITE_STRIPE_SECRET_KEY=$VITE_STRIPE_SECRET_KEY\nARG NEXT_PUBLIC_DB_PASSWORD\nENV NEXT_PUBLIC_DB_PASSWORD=${NEXT_PUBLIC_DB_PASSWORD}\nARG REACT_APP_PRIVATE_KEY\nENV REACT_APP_PRIVATE_KEY=$REACT_APP_PRIVATE_KEY\nUSER node\nCMD ["node", "server.js"]\n' },
      errors: [
        { file: 'Dockerfile', line: 3, message: "copies build argument 'VITE_STRIPE_SECRET_KEY'" },
        { file: 'Dockerfile', line: 5, message: "copies build argument 'NEXT_PUBLIC_DB_PASSWORD'" },
        { file: 'Dockerfile', line: 7, message: "copies build argument 'REACT_APP_PRIVATE_KEY'" },
      ],
    },
  ],
});
