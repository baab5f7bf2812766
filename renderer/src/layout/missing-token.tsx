/** Browser mode without a session token: the only way in is the link the host printed. */
export function MissingToken({ expired = false }: { expired?: boolean }) {
  return (
    <main className="full-page-message">
      <div className="full-page-card">
        <h1>Open Dossier from the link printed in the terminal</h1>
        <p>
          {expired
            ? 'This tab’s session is no longer accepted; Dossier may have been restarted.'
            : 'This page needs the private link Dossier printed when it started.'}{' '}
          In the terminal where Dossier runs, open the link on this line:
        </p>
        <code>Dossier is running at http://127.0.0.1:…/#token=…</code>
      </div>
    </main>
  );
}
