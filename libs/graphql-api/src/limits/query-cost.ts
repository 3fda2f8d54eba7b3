import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  getNamedType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  valueFromAST,
} from 'graphql';
import { DEFAULT_OBJECT_COST, DEFAULT_SCALAR_COST, type FieldCost, FIELD_COSTS } from './field-costs';

export interface CostRequest {
  readonly operationName?: string | null;
  readonly variables?: Readonly<Record<string, unknown>> | null;
}

export interface CostEstimate {
  readonly cost: number;
  /** Whether a page size or a list length came from the variables: false means any request of this document and operation name costs the same. */
  readonly readsVariables: boolean;
}

/**
 * The cost of the operation a request would run: each field's own cost plus, under a field sized
 * by `first`, the cost of its selection times the page size. Fragments are costed once each, so a
 * document of nested spreads cannot make the estimate itself expensive. Unknown fields cost nothing
 * here: validation refuses them later.
 */
export function estimateQueryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  request: CostRequest = {},
  costs: Readonly<Record<string, FieldCost>> = FIELD_COSTS,
): number {
  return estimateQueryCostOf(schema, document, request, costs).cost;
}

/** The estimate of estimateQueryCost, and whether the variables took part in it (so a caller may keep it for the document). */
export function estimateQueryCostOf(
  schema: GraphQLSchema,
  document: DocumentNode,
  request: CostRequest = {},
  costs: Readonly<Record<string, FieldCost>> = FIELD_COSTS,
): CostEstimate {
  const fragments = new Map<string, FragmentDefinitionNode>();
  const operations: OperationDefinitionNode[] = [];
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    if (definition.kind === Kind.OPERATION_DEFINITION) operations.push(definition);
  }
  const fragmentCosts = new Map<string, number>();
  const inProgress = new Set<string>();
  const given = request.variables ?? {};
  let readsVariables = false;
  // Every argument value that names a variable passes through here, so the estimate knows when it depends on them.
  const variables = new Proxy(given, {
    get(target, property, receiver) {
      readsVariables = true;
      return Reflect.get(target, property, receiver);
    },
  });

  const fragmentCost = (name: string): number => {
    const known = fragmentCosts.get(name);
    if (known !== undefined) return known;
    const fragment = fragments.get(name);
    // A cycle or a missing fragment is a validation error reported later; it adds nothing here.
    if (!fragment || inProgress.has(name)) return 0;
    inProgress.add(name);
    const type = schema.getType(fragment.typeCondition.name.value);
    const cost = type ? selectionCost(type, fragment.selectionSet) : 0;
    inProgress.delete(name);
    fragmentCosts.set(name, cost);
    return cost;
  };

  const fieldCost = (parent: GraphQLNamedType, node: FieldNode): number => {
    if (!isObjectType(parent) && !isInterfaceType(parent)) return 0;
    const field = parent.getFields()[node.name.value];
    if (!field) return 0;
    const entry = costs[`${parent.name}.${field.name}`];
    const type = getNamedType(field.type);
    const base = entry?.cost ?? (isCompositeType(type) ? DEFAULT_OBJECT_COST : DEFAULT_SCALAR_COST);
    const own = entry?.perItem ? base + entry.perItem.cost * listLength(field, node, entry.perItem.argument, variables) : base;
    const size = entry?.sizedBy ? pageSize(field, node, entry.sizedBy, variables) : 1;
    return own + (node.selectionSet ? size * selectionCost(type, node.selectionSet) : 0);
  };

  const selectionCost = (parent: GraphQLNamedType, selectionSet: SelectionSetNode): number => {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) total += fieldCost(parent, selection);
      else if (selection.kind === Kind.FRAGMENT_SPREAD) total += fragmentCost(selection.name.value);
      else {
        const condition = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        total += condition ? selectionCost(condition, selection.selectionSet) : 0;
      }
    }
    return total;
  };

  const operationCost = (operation: OperationDefinitionNode): number => {
    const root = schema.getRootType(operation.operation);
    return root ? selectionCost(root, operation.selectionSet) : 0;
  };

  const chosen = request.operationName ? operations.filter((operation) => operation.name?.value === request.operationName) : operations;
  // Without a name only one operation may run, and validation refuses the others: the dearest counts.
  const cost = Math.max(0, ...chosen.map(operationCost));
  return { cost, readsVariables };
}

function pageSize(field: GraphQLField<unknown, unknown>, node: FieldNode, argumentName: string, variables: Readonly<Record<string, unknown>>): number {
  const definition = field.args.find((argument) => argument.name === argumentName);
  const given = node.arguments?.find((argument) => argument.name.value === argumentName);
  const value =
    (given && definition ? valueFromAST(given.value, definition.type, variables as Record<string, unknown>) : undefined) ?? definition?.defaultValue;
  return typeof value === 'number' && Number.isFinite(value) ? Math.max(0, value) : 1;
}

/** How many items a list argument holds (from the literal or the variables); 0 when it cannot tell. */
function listLength(field: GraphQLField<unknown, unknown>, node: FieldNode, argumentName: string, variables: Readonly<Record<string, unknown>>): number {
  const definition = field.args.find((argument) => argument.name === argumentName);
  const given = node.arguments?.find((argument) => argument.name.value === argumentName);
  if (!given || !definition) return 0;
  if (given.value.kind === Kind.LIST) return given.value.values.length;
  if (given.value.kind === Kind.VARIABLE) {
    const value = variables[given.value.name.value];
    return Array.isArray(value) ? value.length : 0;
  }
  return 0;
}
