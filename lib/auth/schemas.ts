// Sign-in and password forms, shared by the forms and their actions.
import { z } from 'zod';

/** Passwords: at least 12 characters (NIST SP 800-63B allows any characters; length is what counts). */
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

export const EmailSchema = z
  .string()
  .trim()
  .max(254, { error: 'tooLong' })
  .pipe(z.email({ error: 'emailFormat' }))
  .transform((email) => email.toLowerCase());

export const NewPasswordSchema = z
  .string()
  .min(PASSWORD_MIN, { error: 'passwordTooShort' })
  .max(PASSWORD_MAX, { error: 'passwordTooLong' });

/** Where to go after signing in: only a page of the signed-in area, never another site. */
export const NextPathSchema = z
  .string()
  .regex(/^\/(ko|en)\/admin(\/[A-Za-z0-9\-_/?=&%.]*)?$/)
  .optional()
  .catch(undefined);

export const SignInSchema = z.object({
  email: EmailSchema,
  password: z.string().min(1, { error: 'required' }).max(PASSWORD_MAX, { error: 'tooLong' }),
  next: NextPathSchema,
});

export const ChangePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, { error: 'required' }).max(PASSWORD_MAX, { error: 'tooLong' }),
    newPassword: NewPasswordSchema,
    confirmPassword: z.string().max(PASSWORD_MAX, { error: 'tooLong' }),
  })
  .refine((input) => input.newPassword === input.confirmPassword, { path: ['confirmPassword'], error: 'passwordsDiffer' })
  .refine((input) => input.newPassword !== input.currentPassword, { path: ['newPassword'], error: 'passwordUnchanged' });
