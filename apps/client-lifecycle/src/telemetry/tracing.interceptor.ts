import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { context, trace } from '@opentelemetry/api';
import { Observable } from 'rxjs';
import { TRACER_NAME } from './tracing';

/** A span per resolver (or controller) call, the parent of what the command handler and the stores do for it. */
@Injectable()
export class TracingInterceptor implements NestInterceptor {
  intercept(execution: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (!trace.getActiveSpan()) return next.handle();
    const name =
      execution.getType<string>() === 'graphql'
        ? `graphql.${GqlExecutionContext.create(execution).getInfo<{ fieldName: string }>().fieldName}`
        : `${execution.getClass().name}.${execution.getHandler().name}`;
    const span = trace.getTracer(TRACER_NAME).startSpan(name);
    const active = trace.setSpan(context.active(), span);
    // Subscribed inside the span's context, so that the handler's promises carry it.
    return new Observable((subscriber) =>
      context.with(active, () =>
        next.handle().subscribe({
          next: (value) => subscriber.next(value),
          error: (error: unknown) => {
            span.recordException(error as Error);
            span.end();
            subscriber.error(error);
          },
          complete: () => {
            span.end();
            subscriber.complete();
          },
        }),
      ),
    );
  }
}
