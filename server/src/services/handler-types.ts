import type { z } from 'zod'
import type { ROUTES, RouteName } from '../../../shared/src/contract'
import type { Ctx } from './context'

/** Liveness and readiness are answered by the HTTP layer itself; every other route has a handler. */
export type ServiceRouteName = Exclude<RouteName, 'health' | 'ready'>

type Parsed<R, K extends 'body' | 'query'> = R extends { [P in K]: infer S extends z.core.$ZodType } ? z.output<S> : undefined

export type HandlerInput<K extends RouteName> = {
  params: Record<string, string>
  body: Parsed<(typeof ROUTES)[K], 'body'>
  query: Parsed<(typeof ROUTES)[K], 'query'>
}

/** What a route with `produces: 'application/pdf'` returns instead of a JSON value. */
export type BinaryDocument = { contentType: string; filename: string; body: Buffer }

/** One use case per route. JSON results may hold `bigint`s: they are sent as JSON numbers. */
export type Handlers = { [K in ServiceRouteName]: (ctx: Ctx, input: HandlerInput<K>) => Promise<unknown> }
