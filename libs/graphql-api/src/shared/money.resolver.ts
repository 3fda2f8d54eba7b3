import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InputValidationError } from '../errors/input-validation.error';
import { MoneyModel } from './money.model';

export const DEFAULT_MONEY_LOCALE = 'en-US';

const minorDigitsOf = (currency: string): number => new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;

/**
 * `Money.formatted`: the amount as a person reads it, by the CLDR rules of the locale asked for
 * (`de-DE`: "1.234,56 €", `en-US`: "€1,234.56"); the currency's own minor digits (2 for EUR, 0 for JPY).
 */
export function formatMoney({ amountMinor, currency }: MoneyModel, locale: string): string {
  const digits = minorDigitsOf(currency);
  return new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
    amountMinor / 10 ** digits,
  );
}

const isLocale = (locale: string): boolean => {
  try {
    return Intl.getCanonicalLocales(locale).length === 1;
  } catch {
    return false;
  }
};

@Resolver(() => MoneyModel)
export class MoneyResolver {
  @ResolveField(() => String, {
    description: 'The amount formatted for people, by the rules of `locale` (CLDR), e.g. "1.234,56 €" in de-DE, "€1,234.56" in en-US.',
  })
  formatted(
    @Parent() money: MoneyModel,
    @Args('locale', { type: () => String, defaultValue: DEFAULT_MONEY_LOCALE, description: 'A BCP 47 language tag, e.g. de-DE, fr-FR, en-GB.' })
    locale: string,
  ): string {
    if (locale.length > 35 || !isLocale(locale))
      throw new InputValidationError([{ field: 'locale', messages: ['locale must be a BCP 47 language tag such as de-DE or en-US'] }]);
    return formatMoney(money, locale);
  }
}
