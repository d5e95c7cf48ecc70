using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MipgTeams.Store.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class NeutralLeases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // A rename, not drop and create: the leases held at upgrade time (the outbox sender's, the day's reminders') stay held.
            migrationBuilder.RenameTable(
                name: "ReminderLeases",
                newName: "Leases");

            migrationBuilder.Sql("ALTER TABLE \"Leases\" RENAME CONSTRAINT \"PK_ReminderLeases\" TO \"PK_Leases\";");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("ALTER TABLE \"Leases\" RENAME CONSTRAINT \"PK_Leases\" TO \"PK_ReminderLeases\";");

            migrationBuilder.RenameTable(
                name: "Leases",
                newName: "ReminderLeases");
        }
    }
}
