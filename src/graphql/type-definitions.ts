import {
  Kind,
  parse,
  valueFromASTUntyped,
  type ConstDirectiveNode,
  type InterfaceTypeDefinitionNode,
  type ObjectTypeDefinitionNode,
  type ObjectTypeExtensionNode,
} from 'graphql';

/** The schema's object and interface types (and type extensions), whose fields carry the directives read. */
export function objectTypeDefinitions(
  typeDefs: string,
): (ObjectTypeDefinitionNode | InterfaceTypeDefinitionNode | ObjectTypeExtensionNode)[] {
  return parse(typeDefs).definitions.filter(
    (definition) =>
      definition.kind === Kind.OBJECT_TYPE_DEFINITION ||
      definition.kind === Kind.INTERFACE_TYPE_DEFINITION ||
      definition.kind === Kind.OBJECT_TYPE_EXTENSION,
  );
}

/** A directive's arguments as plain values ("@limit(default: 20, max: 100)"), or undefined when it is absent. */
export function directiveArguments(
  directives: readonly ConstDirectiveNode[] | undefined,
  name: string,
): Record<string, unknown> | undefined {
  const directive = directives?.find((candidate) => candidate.name.value === name);
  if (!directive) return undefined;
  return Object.fromEntries(
    (directive.arguments ?? []).map((argument) => [argument.name.value, valueFromASTUntyped(argument.value)]),
  );
}
