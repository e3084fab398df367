#!/usr/bin/env node
// Checks the packed package the way users get it: publint for package.json and files,
// @arethetypeswrong/cli for type resolution under every module system.
import { execFileSync } from 'node:child_process';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
run('npx', ['--no-install', 'publint', '--strict']);
run('npx', ['--no-install', 'attw', '--pack', '.', '--profile', 'node16']);
