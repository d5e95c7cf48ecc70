using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MipgTeams.Store.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class NeutralLeases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // A rename, not drop and create: the leases held at upgrade time (the outbox sender's, the day's reminders') stay held.
            // SQLite keeps the primary key's old constraint name inside the table's definition; nothing refers to it.
            migrationBuilder.RenameTable(
                name: "ReminderLeases",
                newName: "Leases");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameTable(
                name: "Leases",
                newName: "ReminderLeases");
        }
    }
}
