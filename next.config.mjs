/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native addon: loaded by Node at run time, never bundled.
  serverExternalPackages: ['better-sqlite3'],
  poweredByHeader: false,
  reactStrictMode: true,
  // The venue network may have no internet: nothing may be fetched from outside at run time.
  images: { unoptimized: true },
};

export default nextConfig;
