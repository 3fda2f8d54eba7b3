import { Field, ObjectType } from '@nestjs/graphql';

/**
 * The one Relay `PageInfo` every connection answers with (`XConnection { edges { cursor node }
 * pageInfo totalCount }`): build it with `pageInfoOf`, so no connection invents its own.
 */
@ObjectType('PageInfo', { description: 'Where a page of a Relay connection stands (Relay cursor connections specification).' })
export class PageInfoModel {
  @Field({ description: 'More items follow the last edge: ask again with `after: endCursor`.' })
  hasNextPage!: boolean;

  @Field({ description: 'Items come before the first edge: this page was asked for with an `after` cursor.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: "The first edge's cursor; null on an empty page." })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: "The last edge's cursor, to pass as `after` for the next page; null on an empty page." })
  endCursor!: string | null;
}

export const pageInfoOf = (edges: readonly { readonly cursor: string }[], hasNextPage: boolean, hasPreviousPage: boolean): PageInfoModel => ({
  hasNextPage,
  hasPreviousPage,
  startCursor: edges[0]?.cursor ?? null,
  endCursor: edges[edges.length - 1]?.cursor ?? null,
});
