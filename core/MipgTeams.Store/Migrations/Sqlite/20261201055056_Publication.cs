using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MipgTeams.Store.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Publication : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AnnounceTo",
                table: "Processes",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Acknowledgments",
                columns: table => new
                {
                    ChangeRequestId = table.Column<long>(type: "INTEGER", nullable: false),
                    ObjectId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Acknowledgments", x => new { x.ChangeRequestId, x.ObjectId });
                });

            migrationBuilder.CreateTable(
                name: "IssuedCodes",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ProcessCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ChangeRequestId = table.Column<long>(type: "INTEGER", nullable: true),
                    IssuedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RetiredAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IssuedCodes", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "PublicationJobs",
                columns: table => new
                {
                    ChangeRequestId = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Steps = table.Column<int>(type: "INTEGER", nullable: false),
                    ProcessCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    DocumentCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    DraftReference = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    DraftName = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    DocumentType = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    RequestedVersion = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    FromVersion = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    ToVersion = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    BaseItemId = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    BaseTag = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    BasePath = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ArchivedItemId = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ArchivedPath = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    PublishedItemId = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    PublishedPath = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    NextAttemptAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    LeaseUntil = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublicationJobs", x => x.ChangeRequestId);
                    table.ForeignKey(
                        name: "FK_PublicationJobs_ChangeRequests_ChangeRequestId",
                        column: x => x.ChangeRequestId,
                        principalTable: "ChangeRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_IssuedCodes_ProcessCode_Type",
                table: "IssuedCodes",
                columns: new[] { "ProcessCode", "Type" });

            migrationBuilder.CreateIndex(
                name: "IX_PublicationJobs_Status_NextAttemptAt",
                table: "PublicationJobs",
                columns: new[] { "Status", "NextAttemptAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Acknowledgments");

            migrationBuilder.DropTable(
                name: "IssuedCodes");

            migrationBuilder.DropTable(
                name: "PublicationJobs");

            migrationBuilder.DropColumn(
                name: "AnnounceTo",
                table: "Processes");
        }
    }
}
