package dev.osprey.app.keys;

import dev.osprey.core.venue.KeyPermissions;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The key dialog as a trader uses it: add, rotate and remove a venue's key; only masked keys are ever shown. */
@ExtendWith(ApplicationExtension.class)
class KeysDialogFxTest {
    private static final String KEY = "AbCd0123456789WxYz";
    private static final String NEW_KEY = "NeWk0123456789ZzZz";

    @TempDir
    Path dir;

    private Stage stage;
    private KeyVault vault;
    private final List<String> audit = new ArrayList<>();
    private final List<String> venueSaw = new ArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(new Label("the workstation")), 640, 400));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        if (vault != null) {
            vault.close();
        }
    }

    private void openKeysDialog(FxRobot robot) throws Exception {
        openKeysDialog(robot, PermissionCheck.NONE);
    }

    private void openKeysDialog(FxRobot robot, PermissionCheck check) throws Exception {
        vault = KeyVault.open(dir.resolve("keys.vault"), "master".toCharArray(),
                (kind, venue, label, reason) -> audit.add(kind + " " + venue + " " + label));
        vault.onChange((venue, key) -> venueSaw.add(venue + " " + key.map(ApiKey::masked).orElse("removed")));
        robot.interact(() -> new KeysDialog(stage, vault, check).show());
    }

    private static void enter(FxRobot robot, String label, String key, String secret) {
        robot.clickOn("#keys-label").write(label);
        robot.clickOn("#keys-key").write(key);
        robot.clickOn("#keys-secret").write(secret);
        robot.clickOn("#keys-store");
    }

    private static List<String> rows(FxRobot robot) {
        ListView<KeyInfo> list = robot.lookup("#keys-list").queryListView();
        return list.getItems().stream().map(k -> k.venue() + " " + k.label() + " " + k.maskedKey()).toList();
    }

    @Test
    void whenAKeyIsEntered_thenItIsListedMasked_theSecretFieldIsCleared_andTheVaultHoldsIt(FxRobot robot)
            throws Exception {
        openKeysDialog(robot);

        enter(robot, "desk", KEY, "s3cr3t");

        assertEquals(List.of("binance desk AbCd…WxYz"), rows(robot));
        assertEquals("", robot.lookup("#keys-secret").queryAs(PasswordField.class).getText());
        assertEquals("Stored the binance key AbCd…WxYz.", robot.lookup("#keys-outcome").queryLabeled().getText());
        try (KeyVault reopened = KeyVault.open(dir.resolve("keys.vault"), "master".toCharArray(), KeyAudit.NONE)) {
            assertArrayEquals("s3cr3t".toCharArray(), reopened.key("binance").orElseThrow().secret());
        }
        assertEquals(List.of("API_KEY_ADDED binance desk"), audit);
    }

    @Test
    void whenAVenueKeyIsStoredAgain_thenItIsRotated_andTheVenueIsToldAtOnce(FxRobot robot) throws Exception {
        openKeysDialog(robot);
        enter(robot, "old", KEY, "first");

        enter(robot, "new", NEW_KEY, "second");

        assertEquals(List.of("binance new NeWk…ZzZz"), rows(robot));
        assertTrue(robot.lookup("#keys-outcome").queryLabeled().getText().startsWith("Rotated the binance key"));
        assertEquals(List.of("binance AbCd…WxYz", "binance NeWk…ZzZz"), venueSaw);
    }

    @Test
    void whenTheSelectedKeyIsRemoved_thenItIsGoneFromTheListAndTheVault(FxRobot robot) throws Exception {
        openKeysDialog(robot);
        enter(robot, "desk", KEY, "s3cr3t");

        robot.clickOn("binance — desk — AbCd…WxYz");
        robot.clickOn("#keys-remove");

        assertEquals(List.of(), rows(robot));
        assertTrue(vault.key("binance").isEmpty());
        assertEquals(List.of("API_KEY_ADDED binance desk", "API_KEY_REMOVED binance desk"), audit);
    }

    @Test
    void whenTheRunningVenueSaysTheKeyCanWithdraw_thenTheDialogWarnsLoudly(FxRobot robot) throws Exception {
        List<String> asked = new ArrayList<>();
        openKeysDialog(robot, venue -> {
            asked.add(venue);
            return Optional.of(CompletableFuture.completedFuture(new KeyPermissions(venue, true, true, true)));
        });

        enter(robot, "desk", KEY, "s3cr3t");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of("binance"), asked, "the venue is asked right after the key is stored");
        Label permissions = robot.lookup("#keys-permissions").queryAs(Label.class);
        assertTrue(permissions.getText().startsWith("WITHDRAWALS ARE ENABLED on this binance API key"),
                permissions.getText());
        assertTrue(permissions.getStyle().contains("-fx-font-weight: bold"), "loud, not a passing remark");
    }

    @Test
    void whenACoinbaseKeyIsStored_thenItsPassphraseIsKept_andTheDialogSaysItsPermissionsCannotBeRead(FxRobot robot)
            throws Exception {
        openKeysDialog(robot);
        ComboBox<String> venue = robot.lookup("#keys-venue").query();
        robot.interact(() -> venue.setValue("coinbase"));
        robot.clickOn("#keys-passphrase").write("pass-phrase");

        enter(robot, "desk", KEY, "s3cr3t");

        assertEquals(List.of("coinbase desk AbCd…WxYz"), rows(robot));
        assertEquals("", robot.lookup("#keys-passphrase").queryAs(PasswordField.class).getText());
        assertArrayEquals("pass-phrase".toCharArray(), vault.key("coinbase").orElseThrow().passphrase());
        Label permissions = robot.lookup("#keys-permissions").queryAs(Label.class);
        assertTrue(permissions.getText().contains("cannot withdraw"), permissions.getText());
        assertTrue(permissions.getStyle().contains("-fx-font-weight: bold"), "loud, not a passing remark");
    }

    @Test
    void whenANewMasterPasswordIsMistypedOnce_thenNoVaultIsCreated(FxRobot robot) throws Exception {
        Path file = dir.resolve("keys.vault");
        MasterPasswordDialog[] dialog = new MasterPasswordDialog[1];
        robot.interact(() -> {
            dialog[0] = new MasterPasswordDialog(stage, file, KeyAudit.NONE);
            dialog[0].show();
        });

        robot.clickOn("#master-password").write("correct horse");
        robot.clickOn("#master-repeat").write("correct hrose");
        robot.clickOn("#master-ok");

        assertEquals("The two passwords differ; type the new master password twice.",
                robot.lookup("#master-problem").queryLabeled().getText());
        assertTrue(dialog[0].isShowing());
        assertFalse(java.nio.file.Files.exists(file));
    }

    @Test
    void whenTheSecretIsMissing_thenAClearErrorAndNothingIsStored(FxRobot robot) throws Exception {
        openKeysDialog(robot);

        robot.clickOn("#keys-label").write("desk");
        robot.clickOn("#keys-key").write(KEY);
        robot.clickOn("#keys-store");

        assertEquals("Not stored: the secret is empty", robot.lookup("#keys-outcome").queryLabeled().getText());
        assertEquals(List.of(), rows(robot));
        assertEquals(List.of(), audit);
    }

    @Test
    void whenTheMasterPasswordIsWrong_thenTheDialogSaysSoAndStays_andTheRightOneOpensTheVault(FxRobot robot)
            throws Exception {
        Path file = dir.resolve("keys.vault");
        try (KeyVault v = KeyVault.open(file, "master".toCharArray(), KeyAudit.NONE)) {
            v.store(new ApiKey("binance", "desk", KEY, "s3cr3t".toCharArray()));
        }
        MasterPasswordDialog[] dialog = new MasterPasswordDialog[1];
        robot.interact(() -> {
            dialog[0] = new MasterPasswordDialog(stage, file, KeyAudit.NONE);
            dialog[0].show();
        });

        robot.clickOn("#master-password").write("wrong");
        robot.clickOn("#master-ok");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> !robot.lookup("#master-problem").queryLabeled().getText().isEmpty());

        assertTrue(robot.lookup("#master-problem").queryLabeled().getText().contains("wrong master password"));
        assertTrue(dialog[0].isShowing());
        robot.clickOn("#master-password").write("master");
        robot.clickOn("#master-ok");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !dialog[0].isShowing());
        vault = dialog[0].getResult();
        assertEquals("AbCd…WxYz", vault.list().get(0).maskedKey());
        assertFalse(robot.lookup("#master-problem").tryQuery().isPresent());
    }
}
