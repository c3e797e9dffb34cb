package dev.osprey.app.keys;

/** The master password does not open the vault; nothing was read or changed. */
public final class WrongMasterPasswordException extends KeyVaultException {
    public WrongMasterPasswordException() {
        super("wrong master password: the key vault was not opened and nothing in it changed");
    }
}
