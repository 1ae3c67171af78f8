import type { Metadata } from 'next';
import { safeNextPath } from '@/lib/ui/safe-next-path';
import { SignInForm } from './_components/sign-in-form';

export const metadata: Metadata = { title: 'Sign in', robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const key = typeof params.key === 'string' ? params.key : null;
  const next = safeNextPath(typeof params.next === 'string' ? params.next : null, '/console');
  return <SignInForm oneTimeKey={key} next={next} />;
}
