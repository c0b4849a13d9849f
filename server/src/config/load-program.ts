import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { type Program, ZProgramFile } from '../domain/program/program-schema'
import { readConfigFile } from './read-config-file'

const PROGRAMS_DIR = new URL('../../programs/', import.meta.url)

/**
 * Loads and validates a program: a shipped one by name ('atrealt', 'agat-rt') or any `.json`
 * file by path. Runs once at start-up.
 * @throws Error naming the file and the path of every bad field, or an unknown program name.
 */
export const loadProgram = (nameOrPath: string): Program => {
  if (nameOrPath.endsWith('.json')) return readConfigFile(nameOrPath, ZProgramFile)
  const file = /^[a-z0-9-]+$/.test(nameOrPath) ? fileURLToPath(new URL(`${nameOrPath}.json`, PROGRAMS_DIR)) : ''
  if (!file || !existsSync(file)) {
    throw new Error(`Unknown program "${nameOrPath}": expected "atrealt", "agat-rt" or a path to a .json file`)
  }
  return readConfigFile(file, ZProgramFile)
}
