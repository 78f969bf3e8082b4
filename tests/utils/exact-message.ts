import type { TestCaseError } from '@typescript-eslint/rule-tester';

/**
 * An expected error given by its full text instead of `messageId` + `data`, so a test checks the
 * wording a user reads independently of the rule's message templates. RuleTester compares
 * `message` at run time; its types leave the property out on purpose (`messageId` is the
 * standard), hence the cast.
 */
export function exactMessage<MessageIds extends string>(
  message: string,
  where: Omit<TestCaseError<MessageIds>, 'messageId' | 'data'> = {},
): TestCaseError<MessageIds> {
  return { message, ...where } as unknown as TestCaseError<MessageIds>;
}
