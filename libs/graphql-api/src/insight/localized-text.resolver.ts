import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { renderMessage } from '@client-lifecycle/application';
import { type DraftLocale, localeFromAcceptLanguage } from '@client-lifecycle/domain';
import type { GraphqlContext } from '../client/request-context';
import { TimelineEventModel } from '../client/timeline.model';
import { DraftLocaleEnum } from '../worklist/worklist.model';
import { RiskFactorModel, RiskRuleFiringModel } from './risk.model';

const acceptLanguage = (context: GraphqlContext): string | undefined => {
  const value = context.req?.headers['accept-language'];
  return Array.isArray(value) ? value[0] : value;
};

/** The language asked for, else the request's Accept-Language, else English. */
export const localeOf = (context: GraphqlContext, asked: DraftLocale | null | undefined): DraftLocale =>
  asked ?? localeFromAcceptLanguage(acceptLanguage(context));

const LOCALE_ARG = {
  name: 'locale',
  type: () => DraftLocaleEnum,
  nullable: true,
  description: 'The language; from the Accept-Language header when absent, English when that names neither ES nor EN.',
} as const;

@Resolver(() => RiskFactorModel)
export class RiskFactorTextResolver {
  @ResolveField('explanation', () => String, { description: 'The factor in plain words, e.g. "broken promises 9/15: 3 of 5 broken".' })
  explanation(@Parent() factor: RiskFactorModel, @Context() context: GraphqlContext, @Args(LOCALE_ARG) locale?: DraftLocale | null): string {
    // An assessment stored before messages existed has only its English words.
    return factor.message ? renderMessage(factor.message, localeOf(context, locale)) : factor.explanation;
  }
}

@Resolver(() => RiskRuleFiringModel)
export class RiskRuleTextResolver {
  @ResolveField('explanation', () => String, { description: 'Why the rule fired, in plain words.' })
  explanation(@Parent() firing: RiskRuleFiringModel, @Context() context: GraphqlContext, @Args(LOCALE_ARG) locale?: DraftLocale | null): string {
    return firing.message ? renderMessage(firing.message, localeOf(context, locale)) : firing.explanation;
  }
}

@Resolver(() => TimelineEventModel)
export class TimelineEventTextResolver {
  @ResolveField('summary', () => String, { description: 'What happened, in plain words.' })
  summary(@Parent() event: TimelineEventModel, @Context() context: GraphqlContext, @Args(LOCALE_ARG) locale?: DraftLocale | null): string {
    return renderMessage(event.summaryMessage, localeOf(context, locale));
  }
}
