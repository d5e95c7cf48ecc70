using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MipgTeams.Store.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SubmissionKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SubmissionKey",
                table: "ChangeRequests",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_ChangeRequests_SubmissionKey",
                table: "ChangeRequests",
                column: "SubmissionKey",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ChangeRequests_SubmissionKey",
                table: "ChangeRequests");

            migrationBuilder.DropColumn(
                name: "SubmissionKey",
                table: "ChangeRequests");
        }
    }
}
